using GeoMap.Core.Places;
using GeoMap.Geoparsing.Resolution;

namespace GeoParse.Bench;

/// <summary>Accumulates the literature's geoparsing metrics.</summary>
public sealed class Metrics
{
    /// <summary>Error assigned to a toponym the system could not resolve at all: half the Earth's circumference.</summary>
    public const double MaxErrorKm = 20039;

    private readonly List<double> errors = [];
    private readonly List<double> goldSpanErrors = [];

    /// <summary>Predicted spans matching a gold span exactly.</summary>
    public int ExactTruePositives { get; set; }

    /// <summary>Predicted spans matching a gold span inexactly (same string, midpoints within 10 characters).</summary>
    public int InexactTruePositives { get; set; }

    /// <summary>Predicted spans.</summary>
    public int Predicted { get; set; }

    /// <summary>Gold spans.</summary>
    public int Gold { get; set; }

    /// <summary>Gold toponyms with coordinates.</summary>
    public int GoldWithCoordinates { get; set; }

    /// <summary>Gold toponyms with coordinates recognised and resolved within 161 km.</summary>
    public int StrictCorrect { get; set; }

    /// <summary>Gold-span toponyms with coordinates for which some gazetteer candidate lies within 161 km (the ceiling any resolver could reach).</summary>
    public int GoldSpanReachable { get; set; }

    /// <summary>Share of gold-span toponyms some candidate could resolve within 161 km.</summary>
    public double GoldSpanCeiling => goldSpanErrors.Count == 0 ? 0 : (double)GoldSpanReachable / goldSpanErrors.Count;

    /// <summary>Recognised toponyms scored as errors whose predicted point matches the gold point with a sign flipped (a corpus error).</summary>
    public int SignSuspects { get; set; }

    /// <summary>Records the error of a recognised toponym.</summary>
    /// <param name="km">Error in km.</param>
    public void AddError(double km) => errors.Add(km);

    /// <summary>Records the error of a gold-span resolution.</summary>
    /// <param name="km">Error in km.</param>
    public void AddGoldSpanError(double km) => goldSpanErrors.Add(km);

    /// <summary>Recognised toponyms scored for resolution.</summary>
    public int Resolved => errors.Count;

    /// <summary>Precision, recall, F1 for exact or inexact matching.</summary>
    /// <param name="exact">Exact spans when true.</param>
    /// <returns>The three numbers.</returns>
    public (double P, double R, double F1) Recognition(bool exact)
    {
        var tp = exact ? ExactTruePositives : InexactTruePositives;
        var p = Predicted == 0 ? 0 : (double)tp / Predicted;
        var r = Gold == 0 ? 0 : (double)tp / Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>Accuracy at 161 km on recognised toponyms.</summary>
    public double Accuracy161 => Acc(errors);

    /// <summary>AUC on recognised toponyms.</summary>
    public double Auc => AreaUnderCurve(errors);

    /// <summary>Accuracy at 161 km with gold spans.</summary>
    public double GoldSpanAccuracy161 => Acc(goldSpanErrors);

    /// <summary>AUC with gold spans.</summary>
    public double GoldSpanAuc => AreaUnderCurve(goldSpanErrors);

    /// <summary>Mean error in km on recognised toponyms.</summary>
    public double MeanKm => errors.Count == 0 ? 0 : errors.Average();

    /// <summary>Median error in km on recognised toponyms.</summary>
    public double MedianKm => Median(errors);

    /// <summary>Mean error in km with gold spans.</summary>
    public double GoldSpanMeanKm => goldSpanErrors.Count == 0 ? 0 : goldSpanErrors.Average();

    /// <summary>Median error in km with gold spans.</summary>
    public double GoldSpanMedianKm => Median(goldSpanErrors);

    /// <summary>Gold-span toponyms scored.</summary>
    public int GoldSpanCount => goldSpanErrors.Count;

    /// <summary>Strict end-to-end accuracy at 161 km over all gold toponyms with coordinates.</summary>
    public double StrictAccuracy161 => GoldWithCoordinates == 0 ? 0 : (double)StrictCorrect / GoldWithCoordinates;

    /// <summary>The AUC of the literature: the area under the sorted log-error curve, normalized by ln(20039).</summary>
    /// <param name="errorsKm">Errors in km.</param>
    /// <returns>AUC in [0, 1].</returns>
    public static double AreaUnderCurve(IReadOnlyList<double> errorsKm)
    {
        if (errorsKm.Count < 2)
        {
            return 0;
        }

        var x = errorsKm.Select(e => Math.Log(1 + e)).Order().ToArray();
        var sum = 0.0;
        for (var i = 0; i + 1 < x.Length; i++)
        {
            sum += (x[i] + x[i + 1]) / 2;
        }

        return sum / (Math.Log(MaxErrorKm) * (x.Length - 1));
    }

    private static double Median(List<double> e)
    {
        if (e.Count == 0)
        {
            return 0;
        }

        var sorted = e.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Acc(List<double> e) => e.Count == 0 ? 0 : (double)e.Count(x => x < 161) / e.Count;

    /// <summary>Great-circle error in km.</summary>
    /// <param name="lat1">Predicted latitude.</param>
    /// <param name="lon1">Predicted longitude.</param>
    /// <param name="lat2">Gold latitude.</param>
    /// <param name="lon2">Gold longitude.</param>
    /// <returns>Distance in km.</returns>
    public static double ErrorKm(double lat1, double lon1, double lat2, double lon2) => GreatCircle.DistanceKm(lat1, lon1, lat2, lon2);
}
