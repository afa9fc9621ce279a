#nullable disable
using System;
using System.IO;

namespace LegacySync.Common
{
    /// <summary>
    /// Writes to the console and to a daily log file next to the executable.
    /// </summary>
    public static class Log
    {
        private static readonly object Sync = new object();

        public static void Info(string message)
        {
            Write("INFO ", message);
        }

        public static void Warn(string message)
        {
            Write("WARN ", message);
        }

        public static void Error(string message, Exception ex)
        {
            Write("ERROR", message + Environment.NewLine + ex);
        }

        private static void Write(string level, string message)
        {
            var line = string.Format("{0:yyyy-MM-dd HH:mm:ss} {1} {2}", DateTime.Now, level, message);
            lock (Sync)
            {
                Console.WriteLine(line);
                try
                {
                    File.AppendAllText(Path.Combine(AppDomain.CurrentDomain.BaseDirectory, "sync-" + DateTime.Now.ToString("yyyyMMdd") + ".log"), line + Environment.NewLine);
                }
                catch (IOException)
                {
                    // The log file is locked by the log shipper now and then.
                }
            }
        }
    }
}
