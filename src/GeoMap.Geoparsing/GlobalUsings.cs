// The one set of character rules (folding) and the one tokenizer, used throughout the geoparser.
global using GeoMap.Core.Text;
global using GeoMap.Geoparsing.Text;

// The registry readers (GeoNames tables, admin-1 regions, TopoJSON, data folder), shared with the renderer.
global using GeoMap.Core.Registry;
