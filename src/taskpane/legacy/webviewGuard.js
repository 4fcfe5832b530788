/* global window, document, navigator */
// Runs before the bundle, in ES5 so that Internet Explorer 11 (Trident) and EdgeHTML can parse it: there the
// bundle (ES2020+) would not parse and the pane would stay blank, so this says in Chinese what to use instead.
// Elsewhere it loads the bundle's scripts, in order. Inlined into taskpane.html by webpack.config.js, which
// defines window.__dubanScripts just before it. test/taskpane/webviewGuard.test.ts checks it parses as ES5.
(function () {
  "use strict";
  var ua = navigator.userAgent || "";
  var old = ua.indexOf("Trident") !== -1 || ua.indexOf("Edge/") !== -1;

  function paragraph(parent, tag, text) {
    var node = document.createElement(tag);
    node.appendChild(document.createTextNode(text));
    parent.appendChild(node);
    return node;
  }

  function list(parent, items) {
    var ul = document.createElement("ul");
    for (var i = 0; i < items.length; i++) paragraph(ul, "li", items[i]);
    parent.appendChild(ul);
  }

  function explain() {
    var container = document.getElementById("container");
    if (!container) return;
    container.innerHTML = "";
    var box = document.createElement("div");
    box.id = "old-webview";
    box.setAttribute("role", "alert");
    box.style.padding = "12px";
    paragraph(box, "h2", "此版本的 Office 无法运行“目标任务督办”窗格");
    paragraph(
      box,
      "p",
      "这台电脑的 Excel 用 Internet Explorer 11 或旧版 Edge 显示加载项（批量授权的 Office 2016 / 2019 常见），窗格所需的浏览器功能在其中不可用。"
    );
    paragraph(box, "p", "窗格需要以下 Excel 之一：");
    list(box, [
      "Microsoft 365 或 Office 2021 及更新版本的 Excel（Windows，并安装 Microsoft Edge WebView2 运行时）",
      "Excel 网页版",
      "Excel for Mac",
    ]);
    // app.html is built beside taskpane.html: the same pane on files, in any Chromium-based browser.
    var app = String(window.location.href).replace(/[^/]*([?#].*)?$/, "app.html");
    paragraph(box, "h3", "请改用网页版（不需要加载项）");
    paragraph(
      box,
      "p",
      "在 Edge、Chrome 或其他基于 Chromium 的浏览器中打开 " +
        app +
        "，或双击 duban 文件夹中的 app.html：生成主工作簿、下发、导入、评分、通报都能做，文件与加载项、命令行完全通用，不上传任何文件。"
    );
    paragraph(box, "p", "在这台电脑上也可改用命令行工具 duban 完成同样的工作：");
    list(box, [
      "duban split <总表.xlsx> -o <目录>：给每个填报单位生成填报模板",
      "duban merge <总表.xlsx> <报回文件.xlsx>... -o <合并后.xlsx>：合并各单位报回的模板",
      "duban notice <总表.xlsx> --docx <目录>：生成季度通报和督办通知草稿",
    ]);
    paragraph(box, "p", "生成的工作簿可直接在这台电脑的 Excel 中打开、填报和查看评分。");
    container.appendChild(box);
  }

  function loadBundle() {
    var scripts = window.__dubanScripts || [];
    for (var i = 0; i < scripts.length; i++) {
      var script = document.createElement("script");
      script.src = scripts[i];
      // Dynamically added scripts run as they arrive unless async is off: keep the bundle's order.
      script.async = false;
      document.head.appendChild(script);
    }
  }

  if (old) {
    // office.js waits for Office.initialize (or onReady) before the host shows the pane as ready.
    if (window.Office) window.Office.initialize = function () {};
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", explain);
    else explain();
  } else {
    loadBundle();
  }
})();
