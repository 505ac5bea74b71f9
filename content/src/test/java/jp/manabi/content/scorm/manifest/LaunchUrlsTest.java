package jp.manabi.content.scorm.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** xml:base and href resolution (RFC 3986 within the package) and the CAM's rule for item parameters. */
class LaunchUrlsTest {

    @ParameterizedTest(name = "''{0}'' + ''{1}'' = ''{2}''")
    @CsvSource(delimiter = '|', nullValues = "REFUSED", value = {
        "                      | index.html            | index.html",
        "resources/            | SequencingTest.htm    | resources/SequencingTest.htm",
        "course/resources/     | ../common/a.js        | course/common/a.js",
        "course/               | ./pages/./1.html      | course/pages/1.html",
        "course/               | page.html?x=1#top     | course/page.html?x=1#top",
        "course/               | ?x=1                  | course/?x=1",
        "resources/            | ../../etc/passwd      | REFUSED",
        "resources/            | %2e%2e/%2E%2E/passwd  | REFUSED",
        "                      | /etc/passwd           | REFUSED",
        "                      | //evil.example/x.js   | REFUSED",
        "                      | javascript:alert(1)   | REFUSED",
        "                      | file:///etc/passwd    | REFUSED",
        "                      | C:/course/index.html  | REFUSED",
        "resources/            | http://cdn.example/a  | http://cdn.example/a",
        "https://cdn.example/c/| ../lib/a.js           | https://cdn.example/lib/a.js",
        "https://cdn.example/c/| /top.html             | https://cdn.example/top.html",
        "https://cdn.example/c/| ../../../../a.js      | https://cdn.example/a.js",
        "javascript:x/         | a.html                | REFUSED",
        "                      | my page.html          | my page.html",
        "                      | 第1章/はじめに.html     | 第1章/はじめに.html",
    })
    void referencesResolveInsideThePackageOrOnTheWeb(String base, String reference, String expected) {
        assertEquals(Optional.ofNullable(expected), LaunchUrls.resolve(base == null ? "" : base, reference));
    }

    @ParameterizedTest(name = "''{0}'' with ''{1}'' = ''{2}''")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "page.htm          | NONE        | page.htm",
        "page.htm          | b=2         | page.htm?b=2",
        "page.htm          | ?b=2        | page.htm?b=2",
        "page.htm          | &b=2        | page.htm?b=2",
        "page.htm          | ?&?b=2      | page.htm?b=2",
        "page.htm?a=1      | ?b=2        | page.htm?a=1&b=2",
        "page.htm?a=1      | b=2&c=3     | page.htm?a=1&b=2&c=3",
        "page.htm          | #p2         | page.htm#p2",
        "page.htm#p1       | #p2         | page.htm#p1",
        "page.htm?a=1      | #p2         | page.htm?a=1",
        "page.htm#top      | b=2         | page.htm?b=2#top",
        "page.htm?a=1#top  | b=2         | page.htm?a=1&b=2#top",
        "page.htm          | ?           | page.htm",
    })
    void parametersFollowTheCamRule(String url, String parameters, String expected) {
        assertEquals(expected, LaunchUrls.withParameters(url, parameters));
    }

    @ParameterizedTest(name = "''{0}'' is the file ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "resources/a.htm?tc=1&act=2  | resources/a.htm",
        "my%20page.html#top          | my page.html",
        "%E7%AC%AC1%E7%AB%A0.html    | 第1章.html",
        "100%.html                   | 100%.html",
        "http://cdn.example/a.js     | NONE",
        "?x=1                        | NONE",
    })
    void packagePathsAreDecodedWithoutQueryOrFragment(String address, String expected) {
        assertEquals(Optional.ofNullable(expected), LaunchUrls.packagePath(address));
    }

    @ParameterizedTest
    @CsvSource({"resources,resources/", "resources/,resources/", "'',''"})
    void aBaseWithoutItsSlashIsAFolder(String base, String expected) {
        assertEquals(expected, LaunchUrls.asFolder(base));
    }
}
