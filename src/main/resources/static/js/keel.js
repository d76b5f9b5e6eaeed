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
// htmx requests carry the CSRF token of the page.
document.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector("meta[name='_csrf']");
    const header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
