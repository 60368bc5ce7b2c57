// Версия для слабовидящих (ГОСТ Р 52872-2019): крупный шрифт, чёрное на белом, изображения по
// выбору. Настройки хранятся в localStorage и действуют на всех страницах. Без JavaScript сайт
// остаётся обычным, а кнопка скрыта.
(function () {
  "use strict";
  var root = document.documentElement;
  var store = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { /* private mode */ } }
  };

  function apply() {
    var on = store.get("vision") === "on";
    root.classList.toggle("vision", on);
    ["1", "2", "3"].forEach(function (s) { root.classList.toggle("vision-size-" + s, on && (store.get("vision-size") || "2") === s); });
    root.classList.toggle("vision-no-images", on && store.get("vision-images") === "off");
    return on;
  }
  apply();  // before the first paint: no flash of the ordinary version

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("vision-toggle");
    var panel = document.getElementById("vision-panel");
    if (!toggle || !panel) return;
    function sync() {
      var on = apply();
      toggle.hidden = false;
      panel.hidden = !on;
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      toggle.textContent = on ? "Обычная версия" : "Версия для слабовидящих";
      Array.prototype.forEach.call(panel.querySelectorAll("[data-vision-size]"), function (b) {
        b.setAttribute("aria-pressed", String((store.get("vision-size") || "2") === b.getAttribute("data-vision-size")));
      });
      Array.prototype.forEach.call(panel.querySelectorAll("[data-vision-images]"), function (b) {
        b.setAttribute("aria-pressed", String((store.get("vision-images") || "on") === b.getAttribute("data-vision-images")));
      });
    }
    toggle.addEventListener("click", function () {
      store.set("vision", store.get("vision") === "on" ? "off" : "on");
      sync();
    });
    panel.addEventListener("click", function (e) {
      var b = e.target.closest("button");
      if (!b) return;
      if (b.hasAttribute("data-vision-size")) store.set("vision-size", b.getAttribute("data-vision-size"));
      if (b.hasAttribute("data-vision-images")) store.set("vision-images", b.getAttribute("data-vision-images"));
      sync();
    });
    sync();
  });
})();
