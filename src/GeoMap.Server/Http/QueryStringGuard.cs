namespace GeoMap.Server.Http;

/// <summary>
/// Refuses a query string holding a NUL or a lone surrogate in any name or value with a 400 naming the parameter, before
/// any endpoint reads it: PostgreSQL cannot store NUL and no endpoint has a use for it.
/// </summary>
internal static class QueryStringGuard
{
    /// <summary>Adds the check to the pipeline.</summary>
    public static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var (name, values) in context.Request.Query)
        {
            var problem = TextInput.Problem(name) is { } p ? (Parameter: "query", Detail: $"A query parameter name {p}.")
                : values.Select(v => v is null ? null : TextInput.Problem(v)).FirstOrDefault(x => x is not null) is { } q ? (Parameter: name, Detail: $"{QueryValues.Clip(name)} {q}; send plain UTF-8 text.")
                : default;
            if (problem.Parameter is not null)
            {
                await Problems.InvalidInput(problem.Parameter, problem.Detail).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    });
}
