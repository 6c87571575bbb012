using GeoMap.Server.Auth;
using GeoMap.Storage.Repositories;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeoMap.Server.Http;

/// <summary>
/// What <c>/openapi/v1.json</c> says beyond what the handlers' signatures show: the API-key security schemes and which
/// operations need which key, the RFC 7807 problem responses every operation can answer, the servers and the tags.
/// </summary>
/// <remarks>
/// Query parameters that handlers read themselves are declared beside their routes (<see cref="OpenApiParameters"/>).
/// The document lints clean with Redocly's recommended rules (tests/GeoMap.Server.Tests/Http/OpenApiLintTests.cs).
/// </remarks>
internal static class OpenApiDocumentation
{
    private const string ApiKey = "apiKey";
    private const string Bearer = "bearer";
    private const string Problem = "Problem";
    private const string ProblemMediaType = "application/problem+json";

    /// <summary>Tags and what each groups.</summary>
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Reports", "News reports: submit a report, list and read them with their places and movements."),
        ("Movements", "Tracked troop movements (GeoJSON, CSV, GeoJSON sequence), their claims, edits and analysts' decisions."),
        ("Places", "Stored gazetteer places and curated facilities."),
        ("Regions", "Countries and first-level regions for named-region queries."),
        ("Overlays", "Imagery overlays: upload, tiling status, footprints."),
        ("Photos", "Ground photos as evidence: upload (EXIF position, time, direction), place, list by region and date, movements near them."),
        ("Tiles", "Overlay tiles (XYZ PNG) and TileJSON."),
        ("Maps", "Static briefing maps as PNG."),
        ("Keys", "API keys and their roles (admin only)."),
        ("OGC API - Features", "OGC API - Features Parts 1 and 2: landing page, conformance, collections, items."),
        ("OGC API - Tiles", "OGC API - Tiles for overlays: the WebMercatorQuad tile matrix set and each overlay's tileset."),
        ("Health", "Liveness and readiness of the service, its database and its workers."),
    ];

    /// <summary>Adds the transformers to the OpenAPI options.</summary>
    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.AddDocumentTransformer((document, _, _) =>
        {
            Describe(document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var role = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiredRole>().LastOrDefault();
            var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any();
            Secure(operation, context.Document!, anonymous ? null : role);

            // WrittenJson declares 200 for every handler; one declared to answer 202 (an accepted upload) answers only that.
            if (operation.Responses?.ContainsKey("202") == true)
            {
                operation.Responses.Remove("200");
            }

            var limited = context.Description.ActionDescriptor.EndpointMetadata.OfType<ConcurrencyLimited>().LastOrDefault();
            AddProblems(operation, context.Document!, role, anonymous, context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path"), limited);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info.Title = "GeoMap";
        document.Info.Description =
            "Troop movements extracted from news reports, their places, reports and imagery overlays: a JSON API under /api, " +
            "OGC API - Features and Tiles under /ogc, tiles under /tiles. Every error is an RFC 7807 problem. Writes need an " +
            "analyst key, key management an admin key; reads need a viewer key only when the server is configured so.";
        document.Servers = [new OpenApiServer { Url = "/", Description = "This server" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "An API key (gmk_…) created with `geomap keys add NAME --role viewer|analyst|admin`.",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The same API key as a bearer token: `Authorization: Bearer gmk_…`.",
        };
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[Problem] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 7807 problem details; detail says what to change.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference naming the kind of problem." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong and how to fix the request." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For invalid input: the parameter or field, and what is wrong with it.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
    }

    /// <summary>
    /// Writers and admins need a key; readers need one only when the server requires keys for reads, so a read
    /// operation lists "no key" as an alternative. Anonymous routes (health, the document itself) list no scheme.
    /// </summary>
    private static void Secure(OpenApiOperation operation, OpenApiDocument document, RequiredRole? role)
    {
        var key = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, document)] = [] };
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] };
        operation.Security = role is null ? [new OpenApiSecurityRequirement()]
            : role.Role == ApiKeyRole.Viewer ? [new OpenApiSecurityRequirement(), key, bearer]
            : [key, bearer];
    }

    private static void AddProblems(OpenApiOperation operation, OpenApiDocument document, RequiredRole? role, bool anonymous, bool hasPathParameters, ConcurrencyLimited? limited)
    {
        operation.Responses ??= new OpenApiResponses();
        void Add(int status, string description)
        {
            var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(code, out var existing) && existing.Content is { Count: > 0 })
            {
                return;
            }

            operation.Responses[code] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { [ProblemMediaType] = new() { Schema = new OpenApiSchemaReference(Problem, document) } },
            };
        }

        Add(400, "Invalid input: the problem names the parameter or field and says what to send.");
        if (!anonymous && role is not null)
        {
            Add(401, "No key, or a key that is unknown or revoked.");
            Add(403, "The key's role may not do this.");
        }

        if (hasPathParameters)
        {
            Add(404, "Nothing with this id.");
        }

        if (role is { Role: ApiKeyRole.Analyst })
        {
            Add(429, "Too many writes from this key; retry after the Retry-After seconds.");
        }
        else if (limited is not null)
        {
            Add(429, limited.Description);
        }

        Add(500, "An unexpected error; the problem carries a trace id for the logs.");
    }
}
