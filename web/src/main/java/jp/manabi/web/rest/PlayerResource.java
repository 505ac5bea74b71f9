package jp.manabi.web.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.manabi.learning.CommitResult;
import jp.manabi.learning.Launch;
import jp.manabi.learning.PlayerService;
import jp.manabi.learning.PlayerView;

/**
 * The player's conversation with the server: the table of contents, launching an activity, and
 * the run-time commits of the SCO's API. A commit body is
 * {@code {"seq": 3, "terminate": false, "cmi": {"cmi.location": "p3", …}}}; the browser sends the
 * last one with sendBeacon, as text/plain, when the page goes away.
 */
@Path("player")
@Produces(MediaType.APPLICATION_JSON)
public class PlayerResource {

    /** The most a commit may carry: 64,000 characters of suspend data plus interactions, with room. */
    private static final int MAX_COMMIT_CHARS = 4_000_000;

    @Inject
    private PlayerService player;

    @GET
    @Path("courses/{course}")
    public PlayerView view(@PathParam("course") long course,
            @QueryParam("preview") @jakarta.ws.rs.DefaultValue("false") boolean preview) {
        return preview ? player.previewView(course) : player.view(course);
    }

    /** A trainer's preview: the activity with a first attempt's data and nowhere to commit. */
    @POST
    @Path("courses/{course}/preview")
    public Launch preview(@PathParam("course") long course, @QueryParam("activity") String activity) {
        if (activity == null || activity.isBlank()) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return player.previewLaunch(course, activity);
    }

    @POST
    @Path("courses/{course}/launch")
    public Launch launch(@PathParam("course") long course, @QueryParam("activity") String activity) {
        if (activity == null || activity.isBlank()) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return player.launch(course, activity);
    }

    /** What scorm-again expects back: {"result": true, "errorCode": 0}, 391 (general commit failure) otherwise. */
    @POST
    @Path("sessions/{token}/commits")
    @Consumes(MediaType.WILDCARD)
    public Response commit(@PathParam("token") String token, InputStream body) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new java.io.InputStreamReader(
                new LimitedInputStream(body, MAX_COMMIT_CHARS * 4L), java.nio.charset.StandardCharsets.UTF_8))) {
            json = reader.readObject();
        } catch (JsonException | ClassCastException | IllegalStateException e) {
            return failure(Response.Status.BAD_REQUEST, Map.of());
        }
        JsonValue seq = json.get("seq");
        JsonValue cmi = json.get("cmi");
        if (!(seq instanceof JsonNumber number) || !(cmi instanceof JsonObject values)) {
            return failure(Response.Status.BAD_REQUEST, Map.of());
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : values.entrySet()) {
            JsonValue v = e.getValue();
            if (v instanceof JsonString s) {
                data.put(e.getKey(), s.getString());
            } else if (v instanceof JsonNumber n) {
                data.put(e.getKey(), n.toString());
            } else if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                data.put(e.getKey(), v.toString());
            }
        }
        boolean terminate = json.getBoolean("terminate", false);
        CommitResult result = player.commit(token, number.longValue(), data, terminate);
        return switch (result.status()) {
            case ACCEPTED, STALE -> Response.ok(Map.of("result", true, "errorCode", 0, "status", result.status().name(),
                    "courseCompleted", result.courseCompleted(), "refusals", result.refusals())).build();
            case SUPERSEDED -> failure(Response.Status.CONFLICT, Map.of("status", "SUPERSEDED"));
            case REFUSED -> failure(Response.Status.BAD_REQUEST, Map.of("status", "REFUSED", "refusals", result.refusals()));
        };
    }

    private static Response failure(Response.Status status, Map<String, Object> details) {
        Map<String, Object> entity = new LinkedHashMap<>(details);
        entity.put("result", false);
        entity.put("errorCode", 391);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(entity).build();
    }

    /** Stops reading a body beyond a size, so that a huge post cannot fill the memory. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            if (remaining <= 0) {
                throw new JsonException("commit too large");
            }
            int b = super.read();
            remaining--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            if (remaining <= 0) {
                throw new JsonException("commit too large");
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
