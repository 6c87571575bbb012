// A route not saved yet, on the map: the places chosen in a form (origin, via places, destination) joined by a dashed
// orange line, unlike any movement, so that it is read as a draft. The form that adds a movement by hand and the editor
// of a saved one both draw their route with it.
import Feature from 'ol/Feature';
import type OlMap from 'ol/Map';
import { LineString, Point } from 'ol/geom';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style';
import { fromLonLat } from 'ol/proj';

/** The draft's colour: orange, which no actor is given (data/style/map-style.json), so it is not read as a movement. */
const orange = '#f59f00';

/** A draft route on its own layer of the map. */
export class RoutePreview {
  private readonly source = new VectorSource();

  /** @param title the layer's title ("New movement", "Route being edited") */
  constructor(map: OlMap, title: string) {
    map.addLayer(new VectorLayer({ source: this.source, zIndex: 7, style: (f) => previewStyle(f.get('label') as string | undefined), properties: { title } }));
  }

  /** Draws the route through the places given (lon/lat; null where none is chosen), replacing the one drawn. */
  show(origin: [number, number] | null, via: [number, number][], destination: [number, number] | null): void {
    this.source.clear();
    const route = [origin, ...via, destination].filter((p): p is [number, number] => p !== null);
    if (route.length > 1) this.source.addFeature(new Feature({ geometry: new LineString(route.map((p) => fromLonLat(p))) }));
    if (origin) this.source.addFeature(new Feature({ geometry: new Point(fromLonLat(origin)), label: 'from' }));
    via.forEach((p, i) => this.source.addFeature(new Feature({ geometry: new Point(fromLonLat(p)), label: `via ${i + 1}` })));
    if (destination) this.source.addFeature(new Feature({ geometry: new Point(fromLonLat(destination)), label: 'to' }));
  }

  /** Removes the draft from the map. */
  clear(): void {
    this.source.clear();
  }
}

function previewStyle(label: string | undefined): Style {
  if (!label) return new Style({ stroke: new Stroke({ color: orange, width: 3, lineDash: [8, 6] }) });
  return new Style({
    image: new Circle({ radius: 7, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: orange, width: 3 }) }),
    text: new Text({ text: label, offsetY: -16, font: '600 12px system-ui, sans-serif', fill: new Fill({ color: '#1a202c' }), stroke: new Stroke({ color: '#ffffff', width: 3 }) }),
  });
}
