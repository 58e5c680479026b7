using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Zmd.Vocational.TestKit;

/// <summary>Every request the test host received (method, path and query, user agent), seen before anything else of
/// the pipeline runs: a test can tell that something (a browser printing a report) never called the host.
/// <c>TestApp.StartAsync(services: RequestRecorder.Register(recorder))</c>.</summary>
public sealed class RequestRecorder
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static Action<IServiceCollection> Register(RequestRecorder recorder) =>
        services => services.AddSingleton<IStartupFilter>(new Filter(recorder));

    private sealed class Filter(RequestRecorder recorder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, call) =>
            {
                recorder._requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                    context.Request.Headers.UserAgent.ToString()));
                await call(context);
            });
            next(app);
        };
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, string UserAgent);
