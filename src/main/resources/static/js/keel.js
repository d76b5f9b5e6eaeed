// Small behaviours of the shell; no inline scripts (the Content-Security-Policy forbids them).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-keel-toggle]").forEach((button) => {
        button.addEventListener("click", () => {
            document.getElementById(button.dataset.keelToggle)?.classList.toggle("show");
        });
    });
    document.querySelectorAll("[data-keel-confirm]").forEach((form) => {
        form.addEventListener("submit", (event) => {
            if (!window.confirm(form.dataset.keelConfirm)) {
                event.preventDefault();
            }
        });
    });
});
// A GET form (the queue filter) may have a button that posts the same fields elsewhere ("save view"):
// such a post needs the page's CSRF token, which the GET form must not carry into its URLs.
document.addEventListener("submit", (event) => {
    const form = event.target;
    const submitter = event.submitter;
    if (!submitter || (submitter.getAttribute("formmethod") || "").toLowerCase() !== "post") {
        return;
    }
    const token = document.querySelector("meta[name='_csrf']");
    if (!token || form.querySelector("input[name='_csrf']")) {
        return;
    }
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = "_csrf";
    input.value = token.content;
    form.appendChild(input);
});
// A page shown again after a refused post: give it back its own address (a reload is then a plain GET,
// never a repeated post or a 405) and bring the first error into view, where the user is looking.
document.addEventListener("DOMContentLoaded", () => {
    const refused = document.querySelector("[data-keel-refused]");
    if (!refused) {
        return;
    }
    if (refused.dataset.keelUrl && window.location.pathname !== refused.dataset.keelUrl) {
        window.history.replaceState(null, "", refused.dataset.keelUrl);
    }
    const error = document.querySelector(".is-invalid") || document.getElementById("action-error");
    if (!error) {
        return;
    }
    const show = () => {
        const box = error.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) {
            error.scrollIntoView({block: "center", behavior: "instant"});
        }
    };
    show();
    if (error.matches("input, select, textarea")) {
        error.focus({preventScroll: true});
    }
    // Panels that htmx loads after the page (SLA, knowledge) can push the error away: keep it in view
    // while they arrive, then leave the scrolling to the user.
    const until = Date.now() + 3000;
    const follow = () => {
        if (Date.now() < until) {
            show();
        } else {
            document.removeEventListener("htmx:afterSettle", follow);
        }
    };
    document.addEventListener("htmx:afterSettle", follow);
    window.addEventListener("load", show, {once: true});
});
// The navbar's drop-down menus (Service management, Console): a click opens one and closes the others;
// a click elsewhere or Escape closes them.
document.addEventListener("click", (event) => {
    const toggle = event.target.closest("[data-keel-menu]");
    document.querySelectorAll("[data-keel-menu]").forEach((button) => {
        const menu = document.getElementById(button.dataset.keelMenu);
        const open = button === toggle && !menu.classList.contains("show");
        menu.classList.toggle("show", open);
        button.setAttribute("aria-expanded", String(open));
    });
});
document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
        document.querySelectorAll("[data-keel-menu]").forEach((button) => {
            document.getElementById(button.dataset.keelMenu).classList.remove("show");
            button.setAttribute("aria-expanded", "false");
        });
    }
});
// A "select all" box checks or clears the row boxes of its form (named by data-keel-select-all).
document.addEventListener("change", (event) => {
    const all = event.target.closest("[data-keel-select-all]");
    if (!all) {
        return;
    }
    all.form.querySelectorAll(`input[type=checkbox][name='${all.dataset.keelSelectAll}']`).forEach((box) => {
        box.checked = all.checked;
    });
});
// htmx requests carry the CSRF token of the page.
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector("meta[name='_csrf']");
    const header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
