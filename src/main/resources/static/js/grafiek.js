// Charts with Chart.js. A canvas with data-grafiek="<id>" reads its numbers from the JSON block
// with that id: {"labels": [...], "eenheid": "weken", "reeksen": [{"naam": ..., "waarden": [...]}]},
// optionally "soort": "bar" for bars (default a line).
// The page always shows the same numbers in a table, so the chart is an addition, never the only source.
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") {
    return;
  }
  const stijl = getComputedStyle(document.documentElement);
  const token = (naam) => stijl.getPropertyValue(naam).trim();
  const kleuren = [
    token("--jr-color-primair"),
    token("--jr-color-link-bezocht"),
    token("--jr-color-succes"),
    token("--jr-color-waarschuwing"),
  ];
  const rustig = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  Chart.defaults.font.family = token("--jr-font-family");
  Chart.defaults.color = token("--jr-color-tekst");

  document.querySelectorAll("canvas[data-grafiek]").forEach((canvas) => {
    const bron = document.getElementById(canvas.dataset.grafiek);
    if (!bron) {
      return;
    }
    const gegevens = JSON.parse(bron.textContent);
    new Chart(canvas, {
      type: gegevens.soort === "bar" ? "bar" : "line",
      data: {
        labels: gegevens.labels,
        datasets: gegevens.reeksen.map((reeks, i) => ({
          label: reeks.naam,
          data: reeks.waarden,
          borderColor: kleuren[i % kleuren.length],
          backgroundColor: kleuren[i % kleuren.length],
          // Not by colour alone: the second series is dashed with square points.
          borderDash: i % 2 === 1 ? [6, 4] : [],
          pointStyle: i % 2 === 1 ? "rect" : "circle",
          pointRadius: 4,
          spanGaps: true,
        })),
      },
      options: {
        animation: rustig ? false : undefined,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { position: "bottom", labels: { usePointStyle: true } } },
        scales: {
          y: { beginAtZero: true, title: { display: true, text: gegevens.eenheid } },
        },
      },
    });
  });
});
