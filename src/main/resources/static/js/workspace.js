// The agent ticket page: a chosen canned response fills the reply box.
document.addEventListener("DOMContentLoaded", () => {
    const select = document.getElementById("canned-response");
    const body = document.getElementById("reply-body");
    if (!select || !body) {
        return;
    }
    select.addEventListener("change", () => {
        const option = select.selectedOptions[0];
        if (option && option.dataset.body) {
            body.value = option.dataset.body;
            body.focus();
        }
    });
});
