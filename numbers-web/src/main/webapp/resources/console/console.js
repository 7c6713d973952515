/*
 * The console's few behaviours in the browser: dialogs the server opens and closes, a part of the page it brings
 * into view, a page that asks again while a number is being bought, trial countdowns that keep ticking, and a way
 * back to the login page once the session has ended.
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

    /* Brings a part of the page the server just showed into view where the person is, and the keyboard with it. */
    function reveal(selector) {
        var element = document.querySelector(selector);
        if (!element) {
            return;
        }
        element.scrollIntoView({block: "nearest"});
        var field = element.querySelector("select, input:not([type=hidden]):not([type=submit]), textarea");
        if (field) {
            field.focus({preventScroll: true});
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
        /* A file chosen for a field with data-fills is read here and added to the text area it names: the
           contacts of a campaign arrive as the text a person could have pasted, with no upload of their own. */
        document.addEventListener("change", function (event) {
            var input = event.target.closest("input[type=file][data-fills]");
            if (!input || !input.files.length) {
                return;
            }
            var file = input.files[0];
            var target = document.getElementById(input.getAttribute("data-fills"));
            var status = document.getElementById(input.getAttribute("data-status"));
            if (file.size > 2 * 1024 * 1024) {
                status.textContent = file.name + " is larger than 2 MB; a campaign takes at most 10,000 contacts.";
                input.value = "";
                return;
            }
            var reader = new FileReader();
            reader.onload = function () {
                var text = String(reader.result).replace(/\s+$/, "");
                target.value = target.value.replace(/\s+$/, "") + (target.value.trim() ? "\n" : "") + text;
                status.textContent = "Added the lines of " + file.name + " to the contacts above.";
                input.value = "";
            };
            reader.onerror = function () {
                status.textContent = file.name + " could not be read.";
            };
            reader.readAsText(file);
        });
        schedulePoll();
        tickCountdowns();
        window.setInterval(tickCountdowns, 30000);
    });

    window.numbersConsole = {openDialog: openDialog, closeDialog: closeDialog, reveal: reveal};
})();
