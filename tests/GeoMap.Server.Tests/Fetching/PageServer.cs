using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GeoMap.Server.Tests.Fetching;

/// <summary>
/// A web server on the loopback interface serving the pages a report can be fetched from: an article inside navigation,
/// advertising and comments, articles in Russian (windows-1251) and Korean, a page without a date, a redirect loop, a
/// page of 50 MB, a PDF and a missing page.
/// </summary>
public sealed class PageServer : IAsyncLifetime
{
    private WebApplication? app;

    /// <summary>The server's address, e.g. http://127.0.0.1:40123.</summary>
    public string Url { get; private set; } = "";

    public static string Article(string lang, string title, string published, string body) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}} | Frontline Wire</title>
        <meta property="article:published_time" content="{{published}}"></head>
        <body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
        <aside class="advert">Buy discount garden furniture now at Gnomeland! Limited offer.</aside>
        <article><h1>{{title}}</h1>
        {{body}}
        </article>
        <section id="comments"><h2>Comments</h2><div class="comment">Reader Bob1987 wrote: first! what a scandal in Springfield</div></section>
        <footer>Copyright Frontline Wire. Cookie settings. Contact us.</footer>
        </body></html>
        """;

    public const string EnglishBody = """
        <p>Around 900 Dutch marines were sent from Den Helder to Constanța on 12 May 2025, the Dutch defence ministry said on Tuesday.</p>
        <p>The marines will join an allied exercise on the Black Sea coast, where they are due to stay until the end of June. A second group is expected to follow by air later in the month, officials added.</p>
        <p>The deployment is the largest of its kind this year, according to the ministry, which gave no further details on equipment.</p>
        """;

    public const string RussianBody = """
        <p>Около 700 военнослужащих перебросили из Пскова в Калининград 4 июня 2025 года, сообщило министерство обороны.</p>
        <p>Подразделения прибыли по железной дороге и примут участие в учениях на полигоне в течение двух недель, добавили в ведомстве.</p>
        """;

    public const string KoreanBody = """
        <p>국방부에 따르면 해병대 병력 약 300명이 2025년 5월 20일 포항에서 백령도로 이동했다.</p>
        <p>이번 이동은 서해 방어 훈련을 위한 것이며 병력은 다음 달까지 현지에 머물 예정이라고 국방부는 밝혔다.</p>
        """;

    public async Task InitializeAsync()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/article", () => Results.Content(Article("en", "Dutch marines sent to Romania", "2025-05-13T07:30:00Z", EnglishBody), "text/html; charset=utf-8"));
        app.MapGet("/danish", () => Results.Content(Article("en", "Danish soldiers sent to Latvia", "2025-05-15T06:00:00Z",
            EnglishBody.Replace("900 Dutch marines", "400 Danish soldiers", StringComparison.Ordinal).Replace("Den Helder to Constanța", "Aarhus to Liepāja", StringComparison.Ordinal)
                .Replace("Dutch defence", "Danish defence", StringComparison.Ordinal).Replace("Black Sea coast", "Baltic coast", StringComparison.Ordinal)), "text/html; charset=utf-8"));
        app.MapGet("/undated", () => Results.Content(Article("en", "Dutch marines sent to Romania again", "", EnglishBody.Replace("900", "950", StringComparison.Ordinal)).Replace("<meta property=\"article:published_time\" content=\"\">", "", StringComparison.Ordinal), "text/html; charset=utf-8"));
        app.MapGet("/ru", () =>
        {
            var html = Article("ru", "Переброска в Калининград", "2025-06-05T09:00:00Z", RussianBody).Replace("charset=\"utf-8\"", "charset=\"windows-1251\"", StringComparison.Ordinal);
            return Results.Bytes(Encoding.GetEncoding(1251).GetBytes(html), "text/html; charset=windows-1251");
        });
        app.MapGet("/ko", () => Results.Content(Article("ko", "해병대 백령도 이동", "2025-05-21T01:00:00Z", KoreanBody), "text/html; charset=utf-8"));
        app.MapGet("/loop-a", () => Results.Redirect("/loop-b"));
        app.MapGet("/loop-b", () => Results.Redirect("/loop-a"));
        app.MapGet("/moved", () => Results.Redirect("/article"));
        app.MapGet("/big", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 65_530) + "</p>");
            for (var i = 0; i < 800 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.7 not really"u8.ToArray(), "application/pdf"));
        app.MapGet("/nothing", () => Results.Content("<html><body><nav><a href=\"/a\">A</a></nav></body></html>", "text/html"));
        await app.StartAsync();
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
