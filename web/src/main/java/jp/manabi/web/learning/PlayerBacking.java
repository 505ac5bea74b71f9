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
    @Inject
    @Param(name = "preview")
    private String preview;

    private PlayerView view;

    public PlayerView getView() {
        if (view == null) {
            if (course == null) {
                throw new jp.manabi.platform.NotFoundException("no course");
            }
            view = isPreview() ? player.previewView(course) : player.view(course);
        }
        return view;
    }

    /** A trainer's preview: nothing is recorded. */
    public boolean isPreview() {
        return "true".equals(preview);
    }

    public Long getCourse() {
        return course;
    }
}
