package jp.manabi.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the JSON API, signed in with HTTP Basic as one person (or nobody). */
final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ManabiIT test;
    private final String authorization;

    private Api(ManabiIT test, String authorization) {
        this.test = test;
        this.authorization = authorization;
    }

    static Api as(ManabiIT test, String login, String password) {
        return new Api(test, "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static Api anonymous(ManabiIT test) {
        return new Api(test, null);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads a package as a new course; returns the server's answer whatever its status. */
    HttpResponse<String> upload(java.nio.file.Path zip) throws IOException, InterruptedException {
        return upload(zip, "");
    }

    /** Uploads with query parameters ({@code ?course=7} for a new version of course 7). */
    HttpResponse<String> upload(java.nio.file.Path zip, String query) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.url("api/courses" + query)))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofFile(zip));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads a package that must be taken in; returns the new course's id. */
    long uploadCourse(java.nio.file.Path zip) throws IOException, InterruptedException {
        HttpResponse<String> response = upload(zip);
        if (response.statusCode() != 201) {
            throw new AssertionError("upload of " + zip + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("course").longValue();
    }

    /** Posts a body (JSON unless said otherwise) and returns the answer whatever its status. */
    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(test.url(path))).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    int status(String path) throws IOException, InterruptedException {
        return get(path).statusCode();
    }

    JsonObject json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
