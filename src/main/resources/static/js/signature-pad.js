// Signature pad of the material-return form (否定报备: the collector signs on screen). Loaded as a static file because
// the Content-Security-Policy forbids inline scripts. The drawing goes into the hidden field as a PNG data URL.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('signature-pad');
  var field = document.getElementById('drawn-signature');
  var clear = document.getElementById('signature-clear');
  if (!canvas || !field) {
    return;
  }
  var context = canvas.getContext('2d');
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.strokeStyle = '#1f2328';
  var drawing = false;

  function point(event) {
    var box = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) * (canvas.width / box.width),
      y: (event.clientY - box.top) * (canvas.height / box.height)
    };
  }

  canvas.addEventListener('pointerdown', function (event) {
    drawing = true;
    canvas.setPointerCapture(event.pointerId);
    var p = point(event);
    context.beginPath();
    context.moveTo(p.x, p.y);
  });
  canvas.addEventListener('pointermove', function (event) {
    if (!drawing) {
      return;
    }
    var p = point(event);
    context.lineTo(p.x, p.y);
    context.stroke();
  });
  function finish() {
    if (drawing) {
      drawing = false;
      field.value = canvas.toDataURL('image/png');
    }
  }
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointerleave', finish);
  if (clear) {
    clear.addEventListener('click', function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      field.value = '';
    });
  }
});
