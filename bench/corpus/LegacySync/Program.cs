#nullable disable
using System;
using System.Threading;
using LegacySync.Common;
using LegacySync.Jobs;

namespace LegacySync
{
    /// <summary>
    /// Windows scheduled task / console app. Usage:
    ///   LegacySync.exe upload | download | export | listen | all
    /// </summary>
    internal class Program
    {
        private static int Main(string[] args)
        {
            System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
            var mode = args.Length > 0 ? args[0].ToLowerInvariant() : "all";
            Log.Info("LegacySync starting in mode " + mode + " (region " + AppConfig.Region + ")");

            var checkpoints = new CheckpointStore();
            try
            {
                switch (mode)
                {
                    case "upload":
                        new OutboxUploadJob().Run();
                        break;
                    case "download":
                        new InboxDownloadJob(checkpoints).Run();
                        break;
                    case "export":
                        new OrderExportJob(checkpoints).Run();
                        break;
                    case "backup":
                        new TableBackupJob().Run();
                        break;
                    case "listen":
                        var listener = new QueueListenerJob();
                        Console.CancelKeyPress += delegate(object sender, ConsoleCancelEventArgs e)
                        {
                            e.Cancel = true;
                            listener.Stop();
                        };
                        listener.RunForever();
                        break;
                    default:
                        var exported = new OrderExportJob(checkpoints).Run();
                        var uploaded = new OutboxUploadJob().Run();
                        var downloaded = new InboxDownloadJob(checkpoints).Run();
                        Log.Info(string.Format("Done: {0} exported, {1} uploaded, {2} downloaded", exported, uploaded, downloaded));
                        break;
                }

                return 0;
            }
            catch (Exception ex)
            {
                Log.Error("LegacySync failed", ex);
                Thread.Sleep(1000);
                return 1;
            }
        }
    }
}
