// Portal: show the chosen category's form hint under the category select.
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("select[data-keel-hint]").forEach((select) => {
        const hint = document.getElementById(select.dataset.keelHint);
        if (!hint) {
            return;
        }
        const show = () => {
            const text = select.selectedOptions[0]?.dataset.hint || "";
            hint.textContent = text;
            hint.hidden = text === "";
        };
        select.addEventListener("change", show);
        show();
    });
});
