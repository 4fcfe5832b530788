// The ribbon's function file. The only ribbon button opens the task pane (ShowTaskpane in manifest.xml),
// which needs no code; Office still loads this page, and it must call Office.onReady.
Office.onReady(() => {
  // Nothing to register: every action of the add-in is in the task pane.
});
