package jp.manabi.web.mypage;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import jp.manabi.mypage.MyPage;
import jp.manabi.mypage.MyPageService;

/** My page: read once when the page opens. */
@Named
@ViewScoped
public class MyPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyPageService service;

    private MyPage page;

    @PostConstruct
    void load() {
        page = service.myPage();
    }

    public MyPage getPage() {
        return page;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
