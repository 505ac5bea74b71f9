package jp.manabi.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 部 › 課 › 係: a department sits only where the organisation chart allows. */
class DepartmentTest {

    private final Department bureau = new Department("GA", "総務部", "General Affairs", DepartmentLevel.BUREAU, null, 0);

    @Test
    void departmentsSitOnlyWhereTheChartAllows() {
        Department section = new Department("GA1", "総務課", null, DepartmentLevel.SECTION, bureau, 1);
        Department subsection = new Department("GA1A", "人事係", null, DepartmentLevel.SUBSECTION, section, 2);
        assertSame(section, subsection.getParent());
        assertThrows(IllegalArgumentException.class,
                () -> new Department("X", "課", null, DepartmentLevel.SECTION, null, 0), "a 課 needs a 部");
        assertThrows(IllegalArgumentException.class,
                () -> new Department("Y", "係", null, DepartmentLevel.SUBSECTION, bureau, 0), "a 係 sits under a 課");
        assertThrows(IllegalArgumentException.class,
                () -> new Department("Z", "部", null, DepartmentLevel.BUREAU, section, 0), "a 部 sits at the top");
        assertThrows(IllegalArgumentException.class,
                () -> new Department("W", "班", null, DepartmentLevel.SUBSECTION, subsection, 0), "a 係 has no children");
        assertNull(DepartmentLevel.SUBSECTION.childLevel());
    }

    @Test
    void theEnglishNameFallsBackToTheJapanese() {
        Department section = new Department("GA1", "総務課", null, DepartmentLevel.SECTION, bureau, 1);
        assertEquals("General Affairs", bureau.name(Locale.ENGLISH));
        assertEquals("総務部", bureau.name(Locale.JAPANESE));
        assertEquals("総務課", section.name(Locale.ENGLISH));
        assertEquals("総務部", bureau.name(null));
    }
}
