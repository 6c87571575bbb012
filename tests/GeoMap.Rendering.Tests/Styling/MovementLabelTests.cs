using System.Globalization;
using System.Text.Json;
using GeoMap.Core.Movements;
using GeoMap.Core.Time;
using GeoMap.Rendering.Styling;

namespace GeoMap.Rendering.Tests.Styling;

/// <summary>
/// The labels beside arrows, on the table of cases tests/cases/movement-labels.json, which the web client's twin
/// (strengthLabels.ts) is tested on too (GeoMap.Web.Tests, MovementLabelTests).
/// </summary>
public class MovementLabelTests
{
    private static readonly JsonElement Table = LoadTable();

    public static TheoryData<int> Labels => [.. Enumerable.Range(0, Table.GetProperty("labels").GetArrayLength())];

    public static TheoryData<int> Years => [.. Enumerable.Range(0, Table.GetProperty("years").GetArrayLength())];

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_movement_is_labelled_with_its_strength_and_period_as_the_shared_table_says(int index)
    {
        var c = Table.GetProperty("labels")[index];
        var strength = c.GetProperty("strength") is { ValueKind: JsonValueKind.Array } s ? new Strength(Int(s[0]), Int(s[1]), "as reported") : null;
        var precision = Enum.Parse<TimePrecision>(c.GetProperty("precision").GetString()!, ignoreCase: true);
        var movement = new Movement { Strength = strength, Period = new Period(Time(c.GetProperty("start")), Time(c.GetProperty("end")), precision) };

        Assert.Equal(c.GetProperty("label").GetString(), MovementLabels.Of(movement, c.GetProperty("withYear").GetBoolean()));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Day_labels_carry_the_year_when_the_maps_movements_span_more_than_one_year(int index)
    {
        var c = Table.GetProperty("years")[index];
        Assert.Equal(c.GetProperty("withYear").GetBoolean(), MovementLabels.WithYear(Time(c.GetProperty("from")), Time(c.GetProperty("to"))));
    }

    [Fact]
    public void The_year_span_of_a_map_runs_from_its_earliest_start_to_its_latest_end()
    {
        Movement Days(string first, string last) => new() { Period = Period.Days(DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture)) };

        Assert.False(MovementLabels.WithYear([Days("2024-02-01", "2024-02-03"), Days("2024-12-30", "2024-12-31"), new Movement()]));
        Assert.True(MovementLabels.WithYear([Days("2024-12-30", "2024-12-31"), Days("2025-01-01", "2025-01-02")]));
    }

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;

    private static DateTimeOffset? Time(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? DateTimeOffset.Parse(e.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    private static JsonElement LoadTable()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ReferenceImages.RepositoryRoot(), "tests", "cases", "movement-labels.json")));
        return doc.RootElement.Clone();
    }
}
