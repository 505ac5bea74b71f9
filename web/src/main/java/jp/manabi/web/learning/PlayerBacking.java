package jp.manabi.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.manabi.learning.PlayerService;
import jp.manabi.learning.PlayerView;
import org.omnifaces.cdi.Param;

/**
 * The player page. The page itself is only the frame: the table of contents, the controls and the
 * SCO's window are driven by player.js through the player API; asking for the view here refuses a
 * course the learner may not take before anything is shown.
 */
@Named
@RequestScoped
public class PlayerBacking {

    @Inject
    private PlayerService player;
    @Inject
    @Param(name = "course")
    private Long course;

    private PlayerView view;

    public PlayerView getView() {
        if (view == null) {
            if (course == null) {
                throw new jp.manabi.platform.NotFoundException("no course");
            }
            view = player.view(course);
        }
        return view;
    }

    public Long getCourse() {
        return course;
    }
}
