"""The PDF layer: the only place that imports PyMuPDF. PyMuPDF is not thread-safe, so every
function here opens its own document from a path and closes it again."""
