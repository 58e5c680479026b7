using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zmd.Vocational.Core.Security;
using Zmd.Vocational.Identity.Contracts;

namespace Zmd.Vocational.Cli.Commands;

internal static class UsersCommands
{
    /// <summary>zmd users add --user NAME --password P --role ROLE [--school CODE] [--name DISPLAY]</summary>
    public static Command Users()
    {
        var user = new Option<string>("--user") { Description = "用户名 / User name", Required = true };
        var password = new Option<string>("--password") { Description = "密码（至少 10 位，含大小写字母和数字） / Password", Required = true };
        var role = new Option<string>("--role") { Description = "角色 / Role: " + string.Join(" | ", RoleNames.All), Required = true };
        role.AcceptOnlyFromAmong([.. RoleNames.All]);
        var school = new Option<string?>("--school") { Description = "学校代码（学校填报员必填） / School code, required for school_filer" };
        var name = new Option<string?>("--name") { Description = "姓名 / Display name" };

        var add = new Command("add", "新增用户 / Add a user") { user, password, role, school, name };
        add.SetAction((parse, ct) => CommandRunner.RunAsync(async (host, token) =>
        {
            await CliHost.InitializeAsync(host, demo: false, token);
            using var scope = host.Services.CreateScope();
            var created = await scope.ServiceProvider.GetRequiredService<IUserAdministration>().CreateAsync(new NewUserInput
            {
                UserName = parse.GetValue(user),
                Password = parse.GetValue(password),
                Role = parse.GetValue(role),
                SchoolCode = parse.GetValue(school),
                DisplayName = parse.GetValue(name),
            }, token);
            Console.WriteLine($"已创建用户 / User created: {created.UserName} ({string.Join(",", created.Roles)})");
            return ExitCodes.Ok;
        }, ct));

        return new Command("users", "用户管理 / Users") { add };
    }
}
