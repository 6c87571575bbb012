using System.Globalization;
using GeoMap.Core.Movements;
using GeoMap.Core.Places;
using GeoMap.Core.Time;

namespace GeoMap.Bench.Corroboration;

/// <summary>A town of the generated map and a military base a few km from it.</summary>
internal sealed record Town(int Index, Place City, Place Base);

/// <summary>A side that moves troops.</summary>
internal sealed record Side(string Country, string Code, string Adjective);

/// <summary>A real movement of the generator's world: what every report of it describes, each in its own way.</summary>
/// <param name="Relation">How it was made: fresh, or as a hard case beside an earlier movement (a month later, another side, ...).</param>
internal sealed record TrueMovement(int Id, Side Side, string Unit, int Strength, MovementKind Kind, Town? To, Town? From, DateOnly First, DateOnly Last, TransportMode Mode, string Relation);

/// <summary>One generated report: its text, the one movement it states (as extraction would give it) and the truth behind it.</summary>
/// <param name="Origin">original (an independent report), syndicated (a wire copy with small edits) or rewrite (another outlet's rewrite of an original).</param>
/// <param name="CopyOf">For a copy or rewrite: the original report it copies.</param>
/// <param name="SourceKey">The independent source it counts as (as <c>Claim.SourceKey</c> defines it): who is quoted, else the original's outlet.</param>
internal sealed record GeneratedReport(int Id, TrueMovement Truth, string Origin, int? CopyOf, string Outlet, DateTimeOffset Published, string Text, Movement Claim, string SourceKey);

/// <summary>Settings of a generated stream.</summary>
internal sealed record StreamSettings(
    int Seed, int Movements, double West, double South, double East, double North, int Towns, DateOnly FirstDay, int Days, long PlaceIdBase,
    double SiblingShare = 0.4, int MaxReports = 20);

/// <summary>
/// A seeded stream of reports: N real movements, each reported by 1-20 outlets (most by few, some by many), as
/// independent reports (their own wording, their own numbers, dates and place names), syndicated copies of another
/// outlet's report (small edits) and rewrites (reordered, reworded). Among the movements are the hard cases of the
/// grouping rule: the same town a month later, another side at the same time, the reverse movement, a town
/// 60-200 km away, and a withdrawal to the town a deployment went to.
/// </summary>
internal static class ReportStream
{
    private static readonly Side[] Sides =
    [
        new("Russia", "RU", "Russian"), new("Ukraine", "UA", "Ukrainian"), new("Belarus", "BY", "Belarusian"),
        new("North Korea", "KP", "North Korean"), new("Poland", "PL", "Polish"),
    ];

    private static readonly string[] Units = ["soldiers", "paratroopers", "marines", "special forces", "motorised infantry", "artillery crews", "tank crews"];

    private static readonly string[] Sources =
    [
        "the defence ministry", "military intelligence", "the general staff", "a regional governor", "border guards",
        "satellite analysts", "a think tank", "the national security council", "a government spokesman", "the joint chiefs",
        "allied intelligence", "local officials",
    ];

    private static readonly string[] Outlets =
    [
        "Northern Wire", "Continental Press", "Daily Courier", "The Observer Post", "Eastern Herald", "Morning Ledger",
        "Baltic Times Online", "Frontline News", "Global Dispatch", "The Evening Standardist", "Capital Radio", "Harbour Gazette",
        "River Valley News", "Union Tribune Wire", "Steppe Monitor", "The Chronicle Daily", "Coastal Sentinel", "Metro Bulletin",
        "The Weekly Review", "Atlas Newswire", "Summit Report", "Plains Journal", "Border Watch", "The Independent Voice",
        "Civic Times", "Liberty Press Agency", "Crossroads Media", "Open Sky News", "Delta Broadcasting", "The Reporter",
    ];

    private static readonly string[] Context =
    [
        "Officials in {T} declined to comment on the report.",
        "Satellite images released later showed dozens of vehicles at the site.",
        "The ministry did not give further details about the purpose of the move.",
        "Residents of {T} reported long convoys on the main road overnight.",
        "Analysts said the move could signal preparations for a larger operation.",
        "The foreign ministry summoned the ambassador in protest.",
        "Neither side has confirmed the figures independently.",
        "The deployment comes amid rising tension along the border.",
        "Rail traffic through {T} was suspended for two days.",
        "A spokesman said the troops were taking part in scheduled exercises.",
        "Video shared on social media appeared to show trucks crossing a bridge near {T}.",
        "The government in the capital called the move a provocation.",
        "Observers from the monitoring mission were denied access to the area.",
        "Local media said schools in {T} were closed as a precaution.",
        "It was not clear how long the forces would remain.",
        "Military bloggers posted photographs of armoured vehicles on flatbed wagons.",
        "The report could not be verified.",
        "Air defence units were also seen near {T}, witnesses said.",
        "The alliance said it was following the situation closely.",
        "Fuel trucks and field kitchens accompanied the column.",
        "A curfew was declared in parts of {T}.",
        "Diplomats said talks on the issue would resume next week.",
        "The figures could not be independently confirmed.",
        "Commanders have been rotating units through the region since the spring.",
    ];

    private static readonly (string From, string To)[] Synonyms =
    [
        ("said", "stated"), ("troops", "soldiers"), ("deployed", "sent"), ("reported", "said"), ("showed", "revealed"),
        ("declined", "refused"), ("vehicles", "trucks"), ("comment", "respond"), ("arrived", "turned up"), ("about", "around"),
        ("area", "zone"), ("main", "central"), ("spokesman", "representative"), ("move", "step"),
    ];

    private static readonly string[] Syllables = ["ka", "ro", "vo", "li", "na", "mi", "ze", "to", "bra", "sta", "du", "pe", "kha", "lu", "gor", "vel", "ni", "sha", "tri", "po"];
    private static readonly string[] Endings = ["vsk", "vka", "grad", "pol", "no", "evo", "ets", "ichi", "sk", "yn"];

    public static (List<Town> Towns, List<TrueMovement> Movements, List<GeneratedReport> Reports) Generate(StreamSettings s)
    {
        var random = new Random(s.Seed);
        var towns = MakeTowns(random, s);
        var movements = new List<TrueMovement>();
        for (var i = 0; i < s.Movements; i++)
        {
            var m = i > 0 && random.NextDouble() < s.SiblingShare
                ? Sibling(random, s, towns, movements[random.Next(movements.Count)], i)
                : Fresh(random, s, towns, i);

            // Two movements of one side, one kind, one route in the same days are one movement as far as any reader can
            // tell: the generator does not make such twins (a sibling of a sibling could), it makes a fresh one instead.
            while (movements.Any(x => Twins(x, m)))
            {
                m = Fresh(random, s, towns, i);
            }

            movements.Add(m);
        }

        var reports = new List<GeneratedReport>();
        foreach (var m in movements)
        {
            reports.AddRange(ReportsOf(random, s, towns, m, reports.Count));
        }

        // A rewrite can come out word for word like another (few sentences, few changes): each outlet signs its own, as
        // outlets do, so that no two reports are one text (ingest is idempotent by text).
        var texts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            if (!texts.Add(reports[i].Text))
            {
                reports[i] = reports[i] with { Text = reports[i].Text + $" ({reports[i].Outlet})" };
                texts.Add(reports[i].Text);
            }
        }

        reports.Sort((a, b) => a.Published.CompareTo(b.Published) != 0 ? a.Published.CompareTo(b.Published) : a.Id.CompareTo(b.Id));
        return (towns, movements, reports);
    }

    // Twins: one side, one kind, the same defining place (see Defining) in the same days. Reports name the other role
    // only now and then (a withdrawal's destination half the time, a deployment's origin less), so two movements that
    // differ only there cannot be told apart by most of their reports, nor by a reader.
    private static bool Twins(TrueMovement a, TrueMovement b) =>
        a.Side == b.Side && a.Kind == b.Kind && Defining(a) == Defining(b)
        && a.First.DayNumber <= b.Last.DayNumber + 5 && b.First.DayNumber <= a.Last.DayNumber + 5;

    /// <summary>The place every report of the movement names: where a withdrawal leaves, where anything else goes.</summary>
    private static Town? Defining(TrueMovement m) => m.Kind == MovementKind.Withdrawal ? m.From : m.To;

    private static List<Town> MakeTowns(Random random, StreamSettings s)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var towns = new List<Town>();
        while (towns.Count < s.Towns)
        {
            var name = string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Syllables[random.Next(Syllables.Length)])) + Endings[random.Next(Endings.Length)];
            name = char.ToUpperInvariant(name[0]) + name[1..];
            if (!names.Add(name))
            {
                continue;
            }

            var lon = s.West + (random.NextDouble() * (s.East - s.West));
            var lat = s.South + (random.NextDouble() * (s.North - s.South));
            var i = towns.Count;
            var city = new Place { GeonameId = s.PlaceIdBase + (2 * i), Name = name, Lon = lon, Lat = lat, Population = random.Next(5_000, 500_000) };
            var (bLon, bLat) = Offset(lon, lat, 3 + (random.NextDouble() * 9), random.NextDouble() * 2 * Math.PI);
            var @base = new Place { GeonameId = s.PlaceIdBase + (2 * i) + 1, Name = name + " air base", Kind = PlaceKind.MilitaryFacility, FeatureCode = "MILB", Lon = bLon, Lat = bLat };
            towns.Add(new Town(i, city, @base));
        }

        return towns;
    }

    private static (double Lon, double Lat) Offset(double lon, double lat, double km, double bearing) =>
        (lon + (km * Math.Sin(bearing) / (111.32 * Math.Cos(lat * Math.PI / 180))), lat + (km * Math.Cos(bearing) / 111.32));

    private static MovementKind RandomKind(Random random) => random.NextDouble() switch
    {
        < 0.55 => MovementKind.Deployment,
        < 0.75 => MovementKind.Withdrawal,
        < 0.90 => MovementKind.Advance,
        _ => MovementKind.Transit,
    };

    private static TrueMovement Fresh(Random random, StreamSettings s, List<Town> towns, int id)
    {
        var kind = RandomKind(random);
        var town = towns[random.Next(towns.Count)];
        var other = towns[random.Next(towns.Count)];
        if (other == town)
        {
            other = towns[(town.Index + 1) % towns.Count];
        }

        var first = s.FirstDay.AddDays(random.Next(s.Days - 10));
        var last = first.AddDays(random.Next(0, 7));
        var (to, from) = kind == MovementKind.Withdrawal
            ? (random.NextDouble() < 0.5 ? other : null, town)
            : (town, random.NextDouble() < 0.6 ? other : null);
        return new TrueMovement(id, Sides[random.Next(Sides.Length)], Units[random.Next(Units.Length)], Strength(random), kind, to, from, first, last,
            (TransportMode)random.Next(1, 5), "fresh");
    }

    private static int Strength(Random random) => (int)Math.Round(Math.Exp(Math.Log(200) + (random.NextDouble() * Math.Log(60))) / 50) * 50;

    private static TrueMovement Sibling(Random random, StreamSettings s, List<Town> towns, TrueMovement p, int id)
    {
        var length = p.Last.DayNumber - p.First.DayNumber;
        var shift = random.Next(-2, 3);
        switch (random.Next(5))
        {
            case 0:
                var later = p.Last.AddDays(random.Next(20, 61));
                return p with { Id = id, First = later, Last = later.AddDays(length), Strength = Strength(random), Relation = "same route a month or more later" };
            case 1:
                var side = Sides.Where(x => x != p.Side).ElementAt(random.Next(Sides.Length - 1));
                return p with { Id = id, Side = side, First = p.First.AddDays(shift), Last = p.Last.AddDays(shift), Strength = Strength(random), Relation = "another side, same place, same days" };
            case 2:
                var after = p.Last.AddDays(random.Next(0, 5));
                if (p.Kind == MovementKind.Withdrawal && p.From is null)
                {
                    // A withdrawal whose origin is not known has no reverse a report could name.
                    return Fresh(random, s, towns, id);
                }

                return p.Kind == MovementKind.Withdrawal
                    ? p with { Id = id, Kind = MovementKind.Deployment, To = p.From, From = p.To, First = after, Last = after.AddDays(length), Relation = "the reverse movement, just after" }
                    : p with { Id = id, Kind = MovementKind.Withdrawal, From = p.To ?? p.From, To = p.From is null ? null : p.From, First = after, Last = after.AddDays(length), Relation = "the reverse movement, just after" };
            case 3:
                // The place that moves is the one every report names (a withdrawal's origin, anything else's destination).
                var anchor = Defining(p);
                var near = anchor is null ? [] : towns.Where(t => Km(t.City, anchor.City) is > 60 and < 200).ToList();
                if (near.Count == 0)
                {
                    return Fresh(random, s, towns, id);
                }

                var town = near[random.Next(near.Count)];
                return (p.Kind == MovementKind.Withdrawal ? p with { From = town } : p with { To = town }) with
                {
                    Id = id, First = p.First.AddDays(shift), Last = p.Last.AddDays(shift), Strength = Strength(random), Relation = "same side and days, a town 60-200 km away",
                };
            default:
                if (p.Kind != MovementKind.Deployment || p.To is null)
                {
                    goto case 2;
                }

                var origin = towns[random.Next(towns.Count)];
                return p with
                {
                    Id = id, Kind = MovementKind.Withdrawal, From = origin == p.To ? towns[(origin.Index + 1) % towns.Count] : origin, First = p.First.AddDays(shift), Last = p.Last.AddDays(shift),
                    Strength = Strength(random), Relation = "a withdrawal to the town a deployment went to, same days",
                };
        }
    }

    internal static double Km(Place a, Place b) => GeoMap.Core.Places.GreatCircle.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);

    private static IEnumerable<GeneratedReport> ReportsOf(Random random, StreamSettings s, List<Town> towns, TrueMovement m, int firstId)
    {
        var count = 1 + (int)((s.MaxReports - 1) * Math.Pow(random.NextDouble(), 2.2));
        var outlets = Outlets.OrderBy(_ => random.Next()).ToList();
        var originals = new List<GeneratedReport>();
        var result = new List<GeneratedReport>();
        var start = m.First.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = m.Last.ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc);
        for (var k = 0; k < count; k++)
        {
            var id = firstId + k;
            var outlet = outlets[k % outlets.Count];
            var r = random.NextDouble();
            if (originals.Count > 0 && r < 0.5)
            {
                var original = originals[random.Next(originals.Count)];
                var syndicated = r < 0.35;
                var text = syndicated ? Syndicate(random, original.Text, outlet) : Rewrite(random, original.Text, towns);
                var published = original.Published.AddHours(random.Next(1, 31));
                var claim = original.Claim with { SentenceStart = Math.Max(0, text.IndexOf(original.Claim.Sentence, StringComparison.Ordinal)) };
                result.Add(new GeneratedReport(id, m, syndicated ? "syndicated" : "rewrite", original.Id, outlet, published, text, claim, original.SourceKey));
                continue;
            }

            // An independent report: mostly after the movement, some while it is under way.
            var at = random.NextDouble() < 0.2 ? start.AddHours(random.Next(0, Math.Max(1, (int)(end - start).TotalHours))) : end.AddHours(random.Next(1, 24 * 6));
            var source = random.NextDouble() < 0.25 ? null : Sources[random.Next(Sources.Length)];
            var independent = Independent(random, towns, m, id, outlet, source, new DateTimeOffset(at, TimeSpan.Zero));
            originals.Add(independent);
            result.Add(independent);
        }

        return result;
    }

    private static GeneratedReport Independent(Random random, List<Town> towns, TrueMovement m, int id, string outlet, string? source, DateTimeOffset published)
    {
        Place Pick(Town t) => random.NextDouble() < 0.78 ? t.City : t.Base;
        var destination = m.To is null ? null : Pick(m.To);
        var origin = m.From is null ? null : Pick(m.From);
        if (m.Kind == MovementKind.Withdrawal)
        {
            destination = destination is not null && random.NextDouble() < 0.5 ? destination : null;
        }
        else if (origin is not null && random.NextDouble() < 0.35)
        {
            origin = null;
        }

        var period = random.NextDouble() switch
        {
            < 0.40 => Period.Days(m.First, m.Last),
            < 0.65 => SubRange(random, m),
            < 0.80 => OneDay(m.First.AddDays(random.Next(0, m.Last.DayNumber - m.First.DayNumber + 1))),
            _ => Period.Unbounded,
        };

        var named = random.NextDouble() < 0.85;
        var kind = random.NextDouble() switch
        {
            < 0.70 => m.Kind,
            < 0.95 => MovementKind.Unknown,
            _ => m.Kind is MovementKind.Deployment or MovementKind.Advance ? MovementKind.Transit : m.Kind,
        };
        int? strength = random.NextDouble() switch
        {
            < 0.55 => m.Strength,
            < 0.70 => (int)Math.Round(m.Strength * (0.8 + (random.NextDouble() * 0.4)) / 50) * 50,
            < 0.85 => random.NextDouble() < 0.5 ? m.Strength * 2 : Math.Max(50, m.Strength / 2 / 50 * 50),
            _ => null,
        };
        var status = published.UtcDateTime < m.First.ToDateTime(TimeOnly.MinValue) ? MovementStatus.Planned
            : published.UtcDateTime <= m.Last.ToDateTime(new TimeOnly(23, 59)) ? MovementStatus.UnderWay
            : MovementStatus.Completed;
        if (random.NextDouble() < 0.05)
        {
            status = MovementStatus.Planned;
        }

        var actor = named ? random.Next(3) switch { 0 => m.Side.Country, 1 => m.Side.Adjective + " forces", _ => m.Side.Adjective + " troops" } : null;
        var unit = random.NextDouble() < 0.5 ? m.Unit : null;
        var sentence = MainSentence(random, kind == MovementKind.Unknown ? m.Kind : kind, actor, m.Side, unit, strength, origin, destination, period, source);
        var context = Context.OrderBy(_ => random.Next()).Take(random.Next(2, 5))
            .Select(c => c.Replace("{T}", (destination ?? origin ?? towns[random.Next(towns.Count)].City).Name, StringComparison.Ordinal)).ToList();
        var headline = $"{(actor ?? "Troops")} {Verb(m.Kind)} {(destination ?? origin)!.Name}";
        var text = headline + "\n\n" + sentence + " " + string.Join(" ", context);
        var claim = new Movement
        {
            Actor = actor,
            ActorCountry = named ? m.Side.Code : null,
            Unit = unit,
            Strength = strength is { } n ? GeoMap.Core.Movements.Strength.Exactly(n, n.ToString("N0", CultureInfo.InvariantCulture)) : null,
            Status = status,
            Mode = random.NextDouble() < 0.5 ? m.Mode : TransportMode.Unknown,
            Kind = kind,
            Origin = origin,
            Destination = destination,
            Period = period,
            Source = source is null ? null : new Attribution(source),
            Sentence = sentence,
            SentenceStart = text.IndexOf(sentence, StringComparison.Ordinal),
            Confidence = 0.5 + (random.NextDouble() * 0.4),
        };
        return new GeneratedReport(id, m, "original", null, outlet, published, text, claim, Key(source ?? outlet));
    }

    private static string Key(string name) => string.Join(' ', name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static Period OneDay(DateOnly day) => Period.Days(day, day);

    private static Period SubRange(Random random, TrueMovement m)
    {
        var length = m.Last.DayNumber - m.First.DayNumber;
        var a = random.Next(0, Math.Min(2, length + 1));
        var b = random.Next(0, Math.Min(2, Math.Max(1, length - a + 1)));
        return Period.Days(m.First.AddDays(a), m.Last.AddDays(-Math.Min(b, length - a)));
    }

    private static string Verb(MovementKind kind) => kind switch
    {
        MovementKind.Withdrawal => "pull out of",
        MovementKind.Advance => "advance on",
        MovementKind.Transit => "head for",
        _ => "deploy to",
    };

    private static string MainSentence(Random random, MovementKind kind, string? actor, Side side, string? unit, int? strength, Place? origin, Place? destination, Period period, string? source)
    {
        var n = strength is { } v ? (random.NextDouble() < 0.3 ? "about " : "") + v.ToString("N0", CultureInfo.InvariantCulture) + " " : "";
        var what = n + (unit ?? "troops");
        var who = actor ?? "Unidentified units";
        var when = Dates(period);
        var said = source is null ? "" : random.Next(3) switch { 0 => $", {source} said", 1 => $", according to {source}", _ => $", {source} reported" };
        var from = origin is null ? "" : $" from {origin.Name}";
        var to = destination is null ? "" : $" to {destination.Name}";
        return kind switch
        {
            MovementKind.Withdrawal => random.Next(2) == 0
                ? $"{who} pulled {what} out of {origin?.Name ?? "the area"}{to}{when}{said}."
                : $"{Cap(what)} of {who} withdrew{from}{to}{when}{said}.",
            MovementKind.Advance => random.Next(2) == 0
                ? $"{who} advanced on {destination?.Name ?? "the front"}{from} with {what}{when}{said}."
                : $"{Cap(what)} of {who} pushed toward {destination?.Name ?? "the front"}{when}{said}.",
            MovementKind.Transit => $"A column of {what} of {who} was seen heading for {destination?.Name ?? "the border"}{from}{when}{said}.",
            _ => random.Next(3) switch
            {
                0 => $"{who} deployed {what}{to}{from}{when}{said}.",
                1 => $"{Cap(what)} of {who} arrived in {destination?.Name ?? "the region"}{from}{when}{said}.",
                _ => $"{who} moved {what}{from}{to}{when}{said}.",
            },
        };
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Dates(Period p)
    {
        if (p.Start is not { } a || p.End is not { } b)
        {
            return "";
        }

        var first = DateOnly.FromDateTime(a.UtcDateTime);
        var last = DateOnly.FromDateTime(b.UtcDateTime.AddTicks(-1));
        return first == last || last < first
            ? " on " + first.ToString("d MMMM", CultureInfo.InvariantCulture)
            : $" between {first.ToString("d MMMM", CultureInfo.InvariantCulture)} and {last.ToString("d MMMM", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A wire copy: the outlet's dateline, a word or two changed, sometimes the last sentence dropped.</summary>
    private static string Syndicate(Random random, string text, string outlet)
    {
        var result = $"({outlet}) - " + text;
        for (var i = random.Next(0, 3); i > 0; i--)
        {
            result = Swap(random, result);
        }

        if (random.NextDouble() < 0.4)
        {
            var cut = result.LastIndexOf(". ", StringComparison.Ordinal);
            if (cut > result.Length / 2)
            {
                result = result[..(cut + 1)];
            }
        }

        return result;
    }

    /// <summary>Another outlet's rewrite: the context sentences reordered, several words changed, a sentence of its own added.</summary>
    private static string Rewrite(Random random, string text, List<Town> towns)
    {
        var parts = text.Split("\n\n", 2);
        var sentences = parts[^1].Split(". ", StringSplitOptions.RemoveEmptyEntries).ToList();
        var first = sentences[0];
        var rest = sentences.Skip(1).OrderBy(_ => random.Next()).ToList();
        var body = string.Join(". ", new[] { first }.Concat(rest)).TrimEnd('.') + ". "
            + Context[random.Next(Context.Length)].Replace("{T}", towns[random.Next(towns.Count)].City.Name, StringComparison.Ordinal);
        for (var i = random.Next(3, 7); i > 0; i--)
        {
            body = Swap(random, body);
        }

        return parts[0] + " - update\n\n" + body;
    }

    private static string Swap(Random random, string text)
    {
        foreach (var (from, to) in Synonyms.OrderBy(_ => random.Next()))
        {
            var at = text.IndexOf(" " + from + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Concat(text.AsSpan(0, at + 1), to, text.AsSpan(at + 1 + from.Length));
            }
        }

        return text;
    }
}
