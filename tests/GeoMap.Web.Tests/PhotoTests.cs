using GeoMap.Testing;
using Microsoft.Playwright;

namespace GeoMap.Web.Tests;

/// <summary>Ground photos on the map. A server of their own: the photos they store would show in other tests' maps.</summary>
public sealed class PhotoTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Three_photos_dropped_on_the_map_with_a_file_that_is_none_become_three_camera_markers_with_a_preview_a_panel_and_their_movement()
    {
        await using var browser = await server.OpenAsync("/?c=131.9000,43.6000&z=9.00&from=2024-10-01&to=2024-10-31");
        var page = browser.Page;
        await page.FillAsync("#api-key", server.AnalystKey);
        await page.ClickAsync("#api-key-form button[type=submit]");

        // Two with the camera's position on the road into Ussuriysk (a Russian movement ends there on 13 October), one without.
        var files = new[]
        {
            ("north.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 11, Lat = 43.78, Lon = 131.95, Bearing = 0, TakenAt = "2024:10:12 09:00:00", Offset = "+10:00" })),
            ("east.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 12, Lat = 43.70, Lon = 131.93, Bearing = 90, TakenAt = "2024:10:12 10:00:00", Offset = "+10:00" })),
            ("unplaced.jpg", TestPhotos.Jpeg(new PhotoSpec { Seed = 13 })),
            // Not a picture: refused alone, the three others are stored.
            ("notes.jpg", System.Text.Encoding.UTF8.GetBytes("meeting notes, not a photo")),
        };
        var (x, y) = await browser.ViewportPixelOfAsync(131.70, 43.50);
        await page.EvaluateAsync(
            """
            async ({ files, x, y }) => {
              const transfer = new DataTransfer();
              for (const [name, base64] of files) {
                const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], name, { type: 'image/jpeg' }));
              }
              const map = document.getElementById('map');
              map.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
              map.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, clientX: x, clientY: y, bubbles: true, cancelable: true }));
            }
            """,
            new { files = files.Select(f => new[] { f.Item1, Convert.ToBase64String(f.Item2) }).ToArray(), x = (double)x, y = (double)y });
        await page.WaitForFunctionAsync("() => document.body.dataset.photosShown === '3'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("3 photos stored");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("1 placed where dropped");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Not stored: notes.jpg (");

        // Three markers; the one without a GPS position stands where it was dropped; each points where its camera faced.
        var markers = await page.EvaluateAsync<double[][]>(
            """
            () => window.geomap.map.getAllLayers().find((l) => l.get('title') === 'Ground photos').getSource().getFeatures()
              .map((f) => { const p = f.get('photo'); const [lon, lat] = window.geomap.lonLatOf(f.getGeometry().getCoordinates()); return [lon, lat, p.bearing ?? -1, f.getStyle().getImage().getRotation()]; })
              .sort((a, b) => b[1] - a[1])
            """);
        Assert.Equal(3, markers.Length);
        Assert.Equal(0, markers[0][3], 3);
        Assert.Equal(Math.PI / 2, markers[1][3], 3);
        Assert.Equal(131.70, markers[2][0], 2);
        Assert.Equal(43.50, markers[2][1], 2);
        // The legend explains both markers: one without a direction (the photo placed by hand), two with their cone.
        await Assertions.Expect(page.Locator("#legend li[data-symbol='photo']")).ToHaveTextAsync("where a ground photo was taken");
        await Assertions.Expect(page.Locator("#legend li[data-symbol='photo-facing']")).ToHaveTextAsync("the cone: where the camera faced");
        await browser.WaitForRenderAsync();
        await browser.ScreenshotAsync("20-photo-markers");

        // The thumbnail on hover, the photo and the movement near it in the panel, the screen copy in the viewer.
        var (mx, my) = await browser.ViewportPixelOfAsync(131.95, 43.78);
        await page.Mouse.MoveAsync(mx, my);
        await Assertions.Expect(page.Locator("#photo-preview img")).ToBeVisibleAsync();
        await page.Mouse.ClickAsync(mx, my);
        await Assertions.Expect(page.Locator("#details h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Photo #"));
        await Assertions.Expect(page.Locator("#photo-screen")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#photo-movements")).ToContainTextAsync($"#{server.Movements["vladivostok"]} Russia");
        await browser.ScreenshotAsync("21-photo-panel");
        await page.ClickAsync("#photo-screen");
        await Assertions.Expect(page.Locator("#photo-viewer img")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        // Photos follow the time range as movements do; one whose time is unknown stays.
        await page.EvaluateAsync("() => { document.querySelector('#photo-viewer')?.close(); }");
        await page.FillAsync("#time-to", "2024-11-30");
        await page.Locator("#time-to").DispatchEventAsync("change");
        await page.FillAsync("#time-from", "2024-11-01");
        await page.Locator("#time-from").DispatchEventAsync("change");
        await page.WaitForFunctionAsync("() => document.body.dataset.photosShown === '1'", null, new PageWaitForFunctionOptions { Timeout = 10_000 });

        // The movement lists its photos.
        await page.EvaluateAsync($"() => window.geomap.openMovement({server.Movements["vladivostok"]})");
        await Assertions.Expect(page.Locator("#movement-photos img")).ToHaveCountAsync(2);
        Assert.Empty(browser.Errors);
    }
}
