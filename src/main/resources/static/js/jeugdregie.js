// Small progressive enhancements; every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the first error summary so screen reader users hear what went wrong.
  const fout = document.querySelector("[data-focus-bij-laden]");
  if (fout) {
    fout.focus();
  }
});
