// The review pages' keys (the app's only script; every page works without it):
// a accept, r reject, j next, k previous, e edit the subject, ? this help;
// with words of the sentence selected, s and p put them into the subject or population field.
"use strict";

function clickFirst(selector) {
  const element = document.querySelector(selector);
  if (element) element.click();
  return Boolean(element);
}

function selectedWords() {
  const selection = window.getSelection();
  const sentence = document.querySelector(".sentence");
  if (!selection || selection.isCollapsed || !sentence || !sentence.contains(selection.anchorNode)) return "";
  const words = selection.getRangeAt(0).cloneContents();
  for (const label of words.querySelectorAll(".label")) label.remove();  // the parts' labels are no words
  return words.textContent.replace(/\s+/g, " ").trim();
}

function useSelection(field) {
  const words = selectedWords();
  const input = document.querySelector(`input[name=${field}]`);
  if (!words || !input) return false;
  input.value = words;
  input.focus();
  return true;
}

const KEYS = {
  a: () => clickFirst("button[value=accept]"),
  r: () => clickFirst("button[value=reject]"),
  j: () => clickFirst("#review-next") || clickFirst("a[rel=next]"),
  k: () => clickFirst("a[rel=prev]"),
  e: () => {
    const input = document.querySelector("input[name=subject]");
    if (input) { input.focus(); input.select(); }
    return Boolean(input);
  },
  s: () => useSelection("subject"),
  p: () => useSelection("population"),
  "?": () => {
    const help = document.getElementById("keys");
    if (help) help.hidden = !help.hidden;
    return Boolean(help);
  },
};

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest("input, textarea, select")) {
    if (event.key === "Escape") event.target.blur();
    return;
  }
  const key = KEYS[event.key];
  if (key && key()) event.preventDefault();
});

// Selecting words in the sentence offers them for the subject and population fields.
document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-use]");
  if (button && useSelection(button.dataset.use)) event.preventDefault();
});

// What only works with this script is shown only with it.
for (const element of document.querySelectorAll("[data-needs-script]")) element.hidden = false;
