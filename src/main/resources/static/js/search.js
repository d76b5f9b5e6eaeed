// Search admin: sizes the rebuild progress bar (the Content-Security-Policy forbids style attributes).
(() => {
    const size = () => {
        document.querySelectorAll("#rebuild-progress .progress-bar").forEach((bar) => {
            bar.style.width = `${bar.dataset.percent}%`;
        });
    };
    document.addEventListener("DOMContentLoaded", size);
    document.addEventListener("htmx:afterSwap", size);
})();
