/*
 * Small fixes to markup that PrimeFaces draws in the browser, so that every page stays usable with a
 * screen reader (JIS X 8341-3): the progress bar of a file upload gets a name.
 */
(function () {
    'use strict';
    var label = document.body.getAttribute('data-upload-progress') || 'Upload progress';

    function name(root) {
        if (root.matches && root.matches('.ui-progressbar') && !root.hasAttribute('aria-label')) {
            root.setAttribute('aria-label', label);
        }
        root.querySelectorAll('.ui-progressbar:not([aria-label]):not([aria-labelledby])').forEach(function (bar) {
            bar.setAttribute('aria-label', label);
        });
    }

    name(document);
    // Upload rows are added while a file is sent; name them as they appear.
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(function (node) {
                if (node.nodeType === 1) {
                    name(node);
                }
            });
        });
    }).observe(document.body, {childList: true, subtree: true});
}());
