// Moves the progress bar of a running run: polls the run and reloads the page when it ends.
(function () {
	var bars = document.querySelectorAll('.progress[data-running="true"]');
	bars.forEach(function (bar) {
		var id = bar.getAttribute('data-run');
		var timer = setInterval(function () {
			fetch('/runs/' + id + '/progress', { headers: { 'Accept': 'application/json' } })
				.then(function (r) { return r.json(); })
				.then(function (run) {
					var p = run.progress;
					bar.querySelector('.fill').style.width = p.percent + '%';
					bar.querySelector('.progress-text').textContent = 'step ' + p.stepsDone + ' of ' + p.stepsTotal
						+ (p.currentStep ? ' (' + p.currentStep + ')' : '') + ', ' + p.briefsRendered + ' of '
						+ p.briefsTotal + ' briefs rendered';
					if (!run.running) { clearInterval(timer); window.location.reload(); }
				});
		}, 500);
	});
})();
