"""Loads GeoMap's OGC API - Features collections in headless QGIS, as a QGIS user adds them, and prints what QGIS sees.

Usage: python3 qgis_layers.py OGC_ROOT COLLECTION...  (Debian's python3 with python3-qgis)
Prints one JSON object: for each collection, whether the layer is valid, its geometry type as QGIS names it, the
feature count QGIS reports before reading, and the number of features it reads.
"""
import faulthandler
import json
import os
import sys
import tempfile

faulthandler.enable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt wants a private runtime folder (0700); the system's /tmp is not one.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="geomap-qgis-")

from qgis.core import QgsApplication, QgsVectorLayer, QgsWkbTypes  # noqa: E402

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
root, names = sys.argv[1], sys.argv[2:]
result = {}
for name in names:
    layer = QgsVectorLayer(f"url='{root}' typename='{name}'", name, "OAPIF")
    entry = {"valid": layer.isValid()}
    if not layer.isValid():
        # layer.error() returns a temporary that PyQGIS 3.22 frees too early (a segmentation fault); ask the provider.
        entry["error"] = layer.dataProvider().error().message() if layer.dataProvider() else "no provider"
    else:
        entry["geometry"] = QgsWkbTypes.displayString(layer.wkbType())
        entry["count"] = layer.featureCount()
        entry["read"] = sum(1 for _ in layer.getFeatures())
    result[name] = entry
    print(name, entry, file=sys.stderr, flush=True)
print(json.dumps(result), flush=True)
# QGIS 3.22 may crash while tearing down its network threads at exit; the answer is out, so leave at once.
os._exit(0)
