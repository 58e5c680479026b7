using System.Diagnostics;

namespace Zmd.Vocational.TestKit;

/// <summary>The text layer of a PDF, as poppler's pdftotext reads it (test/prepare-machine.sh installs poppler-utils):
/// what a reader of the printed report could copy out of it.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("zmd-pdftext-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            var output = Path.Combine(folder.FullName, "out.txt");
            await File.WriteAllBytesAsync(input, pdf);
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-enc", "UTF-8", input, output })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start: run test/prepare-machine.sh");
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftotext failed ({process.ExitCode}): {error}");
            }

            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
