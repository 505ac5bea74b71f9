package jp.manabi.mypage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.manabi.account.Role;
import jp.manabi.calendar.FiscalYear;
import jp.manabi.policy.Grade;
import jp.manabi.policy.PolicyRepository;
import jp.manabi.staff.Employee;
import jp.manabi.staff.EmployeeDetail;
import jp.manabi.staff.StaffService;

/** Gathers My page for the signed-in employee; nobody can ask for another person's. */
@Stateless
@RolesAllowed({Role.EMPLOYEE_NAME})
public class MyPageService {

    @Inject
    private StaffService staff;
    @Inject
    private PolicyRepository policy;

    public MyPage myPage() {
        Employee me = staff.me();
        EmployeeDetail detail = staff.detail(me.getId());
        LocalDate today = LocalDate.now();
        FiscalYear year = FiscalYear.containing(today);
        Optional<Grade> grade = me.gradeOn(today);
        List<MyPage.Expectation> expectations = grade.map(g -> policy.roleExpectations(g.getCode()).stream()
                .map(r -> new MyPage.Expectation(r.getRole().nameJa(), r.getRole().nameEn(), r.getTextJa(), r.getTextEn()))
                .toList()).orElse(List.of());
        List<MyPage.Target> targets = grade.map(g -> policy.targets(year.startYear(), g.getCode()).stream()
                .map(t -> new MyPage.Target(t.getAbility().getCode(), t.getAbility().nameJa(), t.getAbility().nameEn(),
                        t.getPoints()))
                .toList()).orElse(List.of());
        return new MyPage(detail, grade.map(Grade::nameJa).orElse(null), grade.map(Grade::nameEn).orElse(null),
                grade.map(g -> g.getTier().nameJa()).orElse(null), grade.map(g -> g.getTier().nameEn()).orElse(null),
                year, expectations, targets);
    }
}
