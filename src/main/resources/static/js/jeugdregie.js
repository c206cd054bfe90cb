// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the first error summary so screen reader users hear what went wrong.
  const fout = document.querySelector("[data-focus-bij-laden]");
  if (fout) {
    fout.focus();
  }

  // A table wider than the screen scrolls inside its wrapper: make that region reachable and
  // scrollable by keyboard, named after the table's caption (WCAG 2.1.1).
  const maakScrolbaarToegankelijk = () => {
    document.querySelectorAll(".tabel-wrapper").forEach((wrapper) => {
      if (wrapper.scrollWidth > wrapper.clientWidth) {
        const bijschrift = wrapper.querySelector("caption");
        wrapper.setAttribute("tabindex", "0");
        wrapper.setAttribute("role", "region");
        wrapper.setAttribute("aria-label", bijschrift ? bijschrift.textContent.trim() : "Tabel");
      } else if (wrapper.getAttribute("role") === "region") {
        wrapper.removeAttribute("tabindex");
        wrapper.removeAttribute("role");
        wrapper.removeAttribute("aria-label");
      }
    });
  };
  maakScrolbaarToegankelijk();
  window.addEventListener("resize", maakScrolbaarToegankelijk);
});
