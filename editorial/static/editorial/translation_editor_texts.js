// Texts wagtail-localize's translation editor writes in English whatever the language
// (wagtail-localize 1.14): replaced with the ones in #dkc-editor-texts (a json_script block).
// A static file, not an inline script: see the Content-Security-Policy (core/security.py).
(function () {
    const source = document.getElementById("dkc-editor-texts");
    const root = document.querySelector(".js-translation-editor");
    if (!source || !root) return;
    const texts = JSON.parse(source.textContent);
    function relabel() {
        root.querySelectorAll("h1, h2, h3, em, .w-sr-only").forEach(function (node) {
            const text = node.textContent.trim();
            if (texts[text] && node.childElementCount === 0) node.textContent = texts[text];
        });
    }
    new MutationObserver(relabel).observe(root, { childList: true, subtree: true });
    relabel();
})();
