using System.CommandLine;
using System.Globalization;
using System.Text;
using Zmd.Vocational.Cli.Commands;

// zmd — the command line of Zmd.Vocational. Messages are Chinese unless ZMD_LANG=en.
Console.OutputEncoding = Encoding.UTF8;
var culture = new CultureInfo(Environment.GetEnvironmentVariable("ZMD_LANG") == "en" ? "en" : "zh-CN");
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;

var root = new RootCommand("驻马店职业教育监测系统命令行 / Zmd.Vocational command line")
{
    DatabaseCommands.Migrate(),
    DatabaseCommands.Seed(),
    UsersCommands.Users(),
    TargetsCommand.Targets(),
    IndicatorsCommand.Indicators(),
    CollegeCommand.College(),
    ReportCommand.Report(),
    GenerateCommand.Generate(),
    ImportCommand.Import(),
    BackupCommands.Backup(),
    BackupCommands.Restore(),
};
return await root.Parse(args).InvokeAsync();
