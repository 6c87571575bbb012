using System.Net;
using System.Net.Http.Json;
using System.Text;
using GeoMap.Core.Reports;
using GeoMap.Storage.Repositories;

namespace GeoMap.Server.Tests.Apis;

public sealed class ReportsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string Text(string tag) =>
        $"Selon le renseignement sud-coréen ({tag}), la Corée du Nord a envoyé 1 500 soldats en Russie entre le 8 et le 13 octobre. " +
        "Séoul a convoqué l'ambassadeur russe et demande leur retrait d'Ukraine.";

    [Fact]
    public async Task Submitting_the_same_report_twice_stores_it_once_and_answers_200_the_second_time()
    {
        var body = new { text = Text(Guid.NewGuid().ToString("N")), publishedAt = "2024-10-18T08:00:00Z", url = "https://example.org/a", source = "NIS", language = "fr" };
        var first = await server.Client("analyst").PostAsJsonAsync("/api/reports", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.JsonAsync();
        Assert.True(created.GetProperty("created").GetBoolean());
        var id = created.GetProperty("report").GetProperty("id").GetInt64();
        Assert.Equal($"/api/reports/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal("fr", created.GetProperty("report").GetProperty("language").GetString());
        Assert.Contains(created.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("place").GetProperty("countryCode").GetString() == "RU");

        var second = await server.Client("analyst").PostAsJsonAsync("/api/reports", body);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.JsonAsync();
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(id, again.GetProperty("report").GetProperty("id").GetInt64());

        var read = await (await server.Client().GetAsync($"/api/reports/{id}")).JsonAsync();
        Assert.Equal(body.text, read.GetProperty("report").GetProperty("text").GetString());
        Assert.Equal(created.GetProperty("mentions").GetArrayLength(), read.GetProperty("mentions").GetArrayLength());
        Assert.Equal(created.GetProperty("movements").GetProperty("features").GetArrayLength(), read.GetProperty("movements").GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task A_mention_span_points_at_its_surface_in_the_submitted_text()
    {
        var text = Text(Guid.NewGuid().ToString("N"));
        var response = await server.Client("analyst").PostAsync("/api/reports?publishedAt=2024-10-18T08:00:00Z&language=fr", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var mentions = (await response.JsonAsync()).GetProperty("mentions");
        Assert.NotEqual(0, mentions.GetArrayLength());
        foreach (var m in mentions.EnumerateArray())
        {
            Assert.Equal(m.GetProperty("surface").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        }
    }

    [Fact]
    public async Task An_html_upload_is_ingested_from_its_text()
    {
        var html = $"<html><body><h1>Renseignement</h1><p>{Text(Guid.NewGuid().ToString("N"))}</p></body></html>";
        var form = new MultipartFormDataContent
        {
            { new StringContent("2024-10-18T08:00:00Z"), "publishedAt" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(html)), "file", "report.html" },
        };
        var response = await server.Client("analyst").PostAsync("/api/reports", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(html, json.GetProperty("report").GetProperty("text").GetString());
        Assert.DoesNotContain(json.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("surface").GetString()!.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dry_run_returns_the_extraction_and_stores_nothing()
    {
        var text = Text(Guid.NewGuid().ToString("N"));
        var response = await server.Client("analyst").PostAsJsonAsync("/api/reports?dryRun=true", new { text, publishedAt = "2024-10-18T08:00:00Z" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.NotEqual(0, json.GetProperty("mentions").GetArrayLength());
        Assert.Null(await new ReportRepository(server.Database.DataSource).FindByHashAsync(Report.ComputeHash(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"publishedAt\": \"2024-10-18T08:00:00Z\"}", "text")]
    [InlineData("{\"text\": \"Des troupes.\"}", "publishedAt")]
    [InlineData("{\"text\": \"Des troupes.\", \"publishedAt\": \"demain\"}", "publishedAt")]
    [InlineData("{\"text\": \"Des troupes.\", \"publishedAt\": \"2024-10-18T08:00:00Z\", \"language\": \"tlh\"}", "text")]
    public async Task A_report_without_text_or_date_is_a_400_naming_the_field(string body, string field)
    {
        var response = await server.Client("analyst").PostAsync("/api/reports", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(field, (await response.ProblemAsync(400)).GetProperty("parameter").GetString());
    }
}
