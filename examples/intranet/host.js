// The host page's own code: it only listens to Haven's DOM events.
const status = document.getElementById('host-status');
const progress = document.querySelector('haven-progress');

document.addEventListener('haven-progress', (event) => {
  const percent = Math.round(event.detail.progress * 100);
  status.textContent = `Progress saved: ${percent}% of ${event.detail.courseId}.`;
  progress?.refresh();
});

document.addEventListener('haven-complete', (event) => {
  status.textContent = `Completed ${event.detail.courseId} on ${new Date(event.detail.completedAt).toLocaleDateString('en-GB')}.`;
});

document.addEventListener('haven-error', (event) => {
  // Saving problems are not fatal: the learner can carry on. Log them for the intranet team.
  console.warn('Haven:', event.detail.code, event.detail.message);
});
