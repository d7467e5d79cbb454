import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import type { ContractsConfig } from '../config';

/** What became of one mail: accepted, refused for good (the recipient), or worth another try. */
export type Delivery = { state: 'SENT' } | { state: 'BOUNCED'; error: string } | { state: 'FAILED'; error: string };

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** Sends plain-text mail over SMTP (SMTP_URL); without one, mail is off and nothing leaves. */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ContractsConfig) {
    this.transport = config.SMTP_URL
      ? createTransport(
          { url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
          { from: config.MAIL_FROM },
        )
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(to: string, subject: string, text: string): Promise<Delivery> {
    if (!this.transport) return { state: 'FAILED', error: 'mail is off (no SMTP_URL)' };
    try {
      await this.transport.sendMail({ to, subject, text });
      return { state: 'SENT' };
    } catch (raw) {
      const error = raw as SmtpError;
      const answer = (error.response ?? error.message ?? String(raw)).slice(0, 1000);
      // A 5xx to the envelope (RCPT TO) is the server refusing this recipient: trying again will not help.
      if (error.code === 'EENVELOPE' && (error.responseCode ?? 0) >= 500) return { state: 'BOUNCED', error: answer };
      return { state: 'FAILED', error: answer };
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
