import type { ReactNode } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import { cn } from './cn.ts';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2.5 text-sm font-semibold leading-tight transition-colors min-h-11 cursor-pointer disabled:cursor-not-allowed disabled:opacity-60 no-underline';
const variants: Record<ButtonVariant, string> = {
  primary: 'bg-primary text-on-primary hover:bg-primary-hover hover:text-on-primary',
  secondary: 'bg-surface text-ink border border-line-strong hover:bg-surface-muted hover:text-ink',
  danger: 'bg-danger text-on-danger hover:bg-danger-hover hover:text-on-danger',
  quiet: 'bg-transparent text-primary underline underline-offset-4 hover:text-primary-hover px-1',
};

export function buttonClass(variant: ButtonVariant = 'primary', className?: string): string {
  return cn(base, variants[variant], className);
}

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
  /** Submitted with the form as `name=value` (several buttons, one form). */
  name?: string;
  value?: string;
}

/** A real <button>: submits forms without JavaScript; react-aria adds press handling when hydrated. */
export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <AriaButton {...props} type={type} className={buttonClass(variant, className)} />;
}
