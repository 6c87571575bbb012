// The one set of character rules (folding) and the one tokenizer, used throughout the geoparser.
global using GeoMap.Core.Text;
global using GeoMap.Geoparsing.Text;
