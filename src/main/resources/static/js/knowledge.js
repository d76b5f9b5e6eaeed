// Knowledge base: the ticket panel's "insert link" / "insert text" buttons put an article into the
// reply box (id reply-body) at the cursor. Delegated, because the panel arrives later through htmx.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-kb-insert]");
    if (!button) {
        return;
    }
    const reply = document.getElementById("reply-body");
    if (!reply) {
        return;
    }
    const text = button.dataset.kbText || "";
    const start = reply.selectionStart ?? reply.value.length;
    const end = reply.selectionEnd ?? reply.value.length;
    const before = reply.value.substring(0, start);
    const after = reply.value.substring(end);
    const gap = before === "" || before.endsWith("\n") ? "" : "\n";
    reply.value = before + gap + text + after;
    reply.focus();
    const caret = (before + gap + text).length;
    reply.setSelectionRange(caret, caret);
});
