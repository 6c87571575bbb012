using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>A page of the web client with its console errors and failed requests recorded, and screenshots kept.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> errors = [];

    /// <summary>Wraps <paramref name="page"/> and starts recording.</summary>
    public BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"console: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"page error: {error}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (errors)
                {
                    errors.Add($"HTTP {response.Status}: {response.Url}");
                }
            }
        };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>The map's &lt;div&gt;.</summary>
    public ILocator Map => Page.Locator("#map");

    /// <summary>Console errors, uncaught exceptions and 4xx/5xx responses so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }

    /// <summary>Waits until the client has loaded the movements and the map has rendered them.</summary>
    public async Task WaitUntilReadyAsync()
    {
        await Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    /// <summary>Waits until the map has finished rendering (all tiles and features).</summary>
    public Task WaitForRenderAsync() =>
        Page.EvaluateAsync("() => new Promise(resolve => { window.geomap.map.once('rendercomplete', () => resolve(true)); window.geomap.map.render(); })");

    /// <summary>Ids of the movements drawn now.</summary>
    public async Task<long[]> ShownIdsAsync() => await Page.EvaluateAsync<long[]>("() => window.geomap.shownIds()");

    /// <summary>The page pixel (relative to the map) of a lon/lat.</summary>
    public async Task<(float X, float Y)> PixelOfAsync(double lon, double lat)
    {
        var p = await Page.EvaluateAsync<float[]>($"() => window.geomap.pixelOf({lon.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {lat.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        return (p[0], p[1]);
    }

    /// <summary>The pixel in the viewport of a lon/lat (for mouse actions).</summary>
    public async Task<(float X, float Y)> ViewportPixelOfAsync(double lon, double lat)
    {
        var box = await Map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map has no box.");
        var (x, y) = await PixelOfAsync(lon, lat);
        return (box.X + x, box.Y + y);
    }

    /// <summary>
    /// Runs a page script over images (PNG: screenshots, the server's maps) decoded by the browser itself.
    /// <paramref name="script"/> is a function <c>(images, args) =&gt; result</c>, each image a 2D canvas context
    /// holding it (read with getImageData).
    /// </summary>
    public Task<T> OverPixelsAsync<T>(byte[][] pngs, string script, object? args = null) =>
        Page.EvaluateAsync<T>($$"""
            async ({ pngs, args }) => {
              const images = await Promise.all(pngs.map(async (png) => { const img = new Image(); img.src = 'data:image/png;base64,' + png; await img.decode();
                const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d');
                g.drawImage(img, 0, 0); return g; }));
              return ({{script}})(images, args); }
            """, new { pngs = pngs.Select(Convert.ToBase64String).ToArray(), args });

    /// <summary>
    /// The map with one layer shown alone (the layer whose <paramref name="property"/> is <paramref name="value"/>; the
    /// legend hidden too), as it is and once the layer has drawn its image anew (its <c>redraw</c> property): two
    /// screenshots of the map, for <see cref="CompareAsync"/>.
    /// </summary>
    public async Task<(byte[] Now, byte[] Redrawn)> AloneAndRedrawnAsync(string property, string value)
    {
        await Page.EvaluateAsync("""
            ({ property, value }) => { for (const l of window.geomap.map.getAllLayers()) if (l.get(property) !== value) l.setVisible(false);
              document.getElementById('legend').style.visibility = 'hidden'; }
            """, new { property, value });
        await WaitForRenderAsync();
        var box = await Map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map has no box.");
        var clip = new PageScreenshotOptions { Clip = new Clip { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height } };
        var now = await Page.ScreenshotAsync(clip);
        await Page.EvaluateAsync("({ property, value }) => window.geomap.map.getAllLayers().find((l) => l.get(property) === value).get('redraw')()", new { property, value });
        await WaitForRenderAsync();
        return (now, await Page.ScreenshotAsync(clip));
    }

    /// <summary>Colours (RGBA) of the page at viewport pixels, read from a screenshot (see <see cref="OverPixelsAsync"/>).</summary>
    public async Task<int[][]> ColoursAtAsync(params (float X, float Y)[] points) =>
        await OverPixelsAsync<int[][]>([await Page.ScreenshotAsync()], """
            ([g], xy) => { const out = [];
              for (let i = 0; i < xy.length; i += 2) out.push(Array.from(g.getImageData(Math.round(Number(xy[i])), Math.round(Number(xy[i + 1])), 1, 1).data));
              return out; }
            """, points.SelectMany(p => new double[] { p.X, p.Y }).ToArray());

    /// <summary>
    /// Two images of one size compared: how many pixels differ (by more than 16 in a channel), how many of the second
    /// are within <paramref name="tolerance"/> of <paramref name="rgb"/>, and how many there are.
    /// </summary>
    public async Task<(int Differing, int Near, int All)> CompareAsync(byte[] first, byte[] second, int[] rgb, int tolerance)
    {
        var counts = await OverPixelsAsync<int[]>([first, second], """
            ([a, b], { rgb, tolerance }) => { const p = a.getImageData(0, 0, a.canvas.width, a.canvas.height).data, q = b.getImageData(0, 0, b.canvas.width, b.canvas.height).data;
              let differing = 0, near = 0;
              for (let i = 0; i < p.length; i += 4) {
                if (Math.abs(p[i] - q[i]) > 16 || Math.abs(p[i + 1] - q[i + 1]) > 16 || Math.abs(p[i + 2] - q[i + 2]) > 16) differing++;
                if (Math.abs(q[i] - rgb[0]) <= tolerance && Math.abs(q[i + 1] - rgb[1]) <= tolerance && Math.abs(q[i + 2] - rgb[2]) <= tolerance) near++;
              }
              return [differing, near, p.length / 4]; }
            """, new { rgb, tolerance });
        return (counts[0], counts[1], counts[2]);
    }

    /// <summary>Colours (RGBA) of the map at lon/lats (see <see cref="ColoursAtAsync"/>).</summary>
    public async Task<int[][]> ColoursAtPlacesAsync(params (double Lon, double Lat)[] places)
    {
        var points = new List<(float X, float Y)>();
        foreach (var (lon, lat) in places)
        {
            points.Add(await ViewportPixelOfAsync(lon, lat));
        }

        return await ColoursAtAsync([.. points]);
    }

    /// <summary>Saves a screenshot as test-output/screenshots/{name}.png.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var folder = Path.Combine(WebServerFixture.RepositoryRoot, "test-output", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
