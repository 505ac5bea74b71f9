package jp.manabi.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.manabi.learning.MyLearning;
import jp.manabi.learning.MyLearningService;

/** My learning: in progress, assigned (overdue first to see), completed with points. */
@Named
@RequestScoped
public class MyLearningBacking {

    @Inject
    private MyLearningService service;

    private MyLearning learning;

    public MyLearning getLearning() {
        if (learning == null) {
            learning = service.myLearning();
        }
        return learning;
    }
}
