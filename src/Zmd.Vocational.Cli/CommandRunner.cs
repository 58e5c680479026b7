using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zmd.Vocational.Core.Errors;
using Zmd.Vocational.Core.Localization;

namespace Zmd.Vocational.Cli;

/// <summary>Runs a command body against a fresh host and maps failures to exit codes and a clear message on stderr.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<IHost, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        IHost? host = null;
        try
        {
            host = CliHost.Build();
            return await body(host, ct);
        }
        catch (BusinessException ex)
        {
            var message = host?.Services.GetRequiredService<JsonStringLocalizer>().Format(ex.Code, ex.Args) ?? ex.Code;
            await Console.Error.WriteLineAsync($"{message} [{ex.Code}]");
            return ExitCodes.Rejected;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.Failed;
        }
        finally
        {
            host?.Dispose();
        }
    }
}
