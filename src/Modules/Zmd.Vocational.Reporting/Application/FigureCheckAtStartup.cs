using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zmd.Vocational.Reporting.Templates;

namespace Zmd.Vocational.Reporting.Application;

/// <summary>The host refuses to start while a report builder or a template file under templates/ names a figure that does
/// not exist (<see cref="ReportFigureCheck"/>), and says which code, where. Overrides saved in the app were checked when
/// they were saved and are checked again before each render, so that a bad one is fixed in the app rather than keeping
/// the host down.</summary>
internal sealed class FigureCheckAtStartup(IServiceScopeFactory scopes, TemplateFiles files) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var check = scope.ServiceProvider.GetRequiredService<ReportFigureCheck>();
        var problems = check.UnknownIndicators().Concat(check.Problems(files.All()).Select(ReportFigureCheck.Describe)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException("Report figures that do not exist (templates under " + files.Directory + "):"
                + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
