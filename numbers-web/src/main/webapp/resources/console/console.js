/*
 * The console's few behaviours in the browser: dialogs the server opens and closes, a page that asks again while
 * a number is being bought, trial countdowns that keep ticking, and a way back to the login page once the
 * session has ended.
 */
(function () {
    "use strict";

    var POLL_EVERY_MS = 2000;
    var pollTimer = null;

    function dialog(id) {
        return document.getElementById(id);
    }

    function openDialog(id) {
        var element = dialog(id);
        if (element && !element.open) {
            element.showModal();
            var first = element.querySelector("[autofocus], input:not([type=hidden]), select, textarea, button");
            if (first) {
                first.focus();
            }
        }
    }

    function closeDialog(id) {
        var element = dialog(id);
        if (element && element.open) {
            element.close();
        }
    }

    /* While the page shows a number being bought, it asks the server again every few seconds. */
    function schedulePoll() {
        if (pollTimer !== null) {
            return;
        }
        var marker = document.querySelector("[data-poll]");
        if (!marker) {
            return;
        }
        pollTimer = window.setTimeout(function () {
            pollTimer = null;
            var refresh = window[marker.getAttribute("data-poll")];
            if (typeof refresh === "function" && document.querySelector("[data-poll]")) {
                refresh();
            }
        }, POLL_EVERY_MS);
    }

    function timeLeft(until) {
        var ms = Date.parse(until) - Date.now();
        if (isNaN(ms)) {
            return null;
        }
        if (ms <= 0) {
            return "expiring";
        }
        var minutes = Math.floor(ms / 60000);
        var hours = Math.floor(minutes / 60);
        var days = Math.floor(hours / 24);
        if (days >= 1) {
            return days + (days === 1 ? " day " : " days ") + (hours % 24) + " h left";
        }
        if (hours >= 1) {
            return hours + " h " + (minutes % 60) + " min left";
        }
        return Math.max(1, minutes) + " min left";
    }

    function tickCountdowns() {
        var countdowns = document.querySelectorAll("[data-expires]");
        for (var i = 0; i < countdowns.length; i++) {
            var text = timeLeft(countdowns[i].getAttribute("data-expires"));
            if (text) {
                countdowns[i].textContent = text;
            }
        }
    }

    function copyText(button) {
        var target = document.getElementById(button.getAttribute("data-copy"));
        if (!target || !navigator.clipboard) {
            return;
        }
        navigator.clipboard.writeText(target.textContent.trim()).then(function () {
            button.textContent = "Copied";
        });
    }

    function whenFacesReady(callback) {
        if (window.faces && window.faces.ajax) {
            callback(window.faces.ajax);
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        whenFacesReady(function (ajax) {
            ajax.addOnEvent(function (event) {
                if (event.status === "success") {
                    schedulePoll();
                    tickCountdowns();
                }
            });
            /* An answer that is not a Faces answer is the login page: the session has ended. */
            ajax.addOnError(function (event) {
                if (event.status === "malformedXML" || event.status === "httpError") {
                    window.location.reload();
                }
            });
        });
        document.addEventListener("click", function (event) {
            var closer = event.target.closest("[data-close]");
            if (closer) {
                closeDialog(closer.getAttribute("data-close"));
            }
            var copier = event.target.closest("[data-copy]");
            if (copier) {
                copyText(copier);
            }
        });
        schedulePoll();
        tickCountdowns();
        window.setInterval(tickCountdowns, 30000);
    });

    window.numbersConsole = {openDialog: openDialog, closeDialog: closeDialog};
})();
