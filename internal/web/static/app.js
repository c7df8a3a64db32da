// Small enhancements; every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // An ingest of many pages takes a while: say so and prevent a second
  // submission.
  for (const form of document.querySelectorAll("form.ingest")) {
    form.addEventListener("submit", () => {
      const button = form.querySelector("button[type=submit]");
      if (button) {
        button.disabled = true;
        button.textContent = "Adding…";
      }
    });
  }
});

// Marks the page as scripted; the browser tests check it to know this
// server's own script ran while a hostile page's did not.
document.documentElement.classList.add("js");
